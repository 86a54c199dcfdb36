// npm run audit:verify — walks the hash chain, then checks every signed
// checkpoint against it; names the first broken event or the tampering found.
import { verifyAudit } from "@/lib/services/audit/anchor/verify-audit";
import { runWithDb } from "./run-with-db";

await runWithDb(async ({ db }) => {
  const result = await verifyAudit(db);
  const { checked, broken, anchor } = result;
  if (broken) {
    const what = { hash: "its contents were changed", link: "it does not follow its predecessor", sequence: "an event is missing before it" };
    console.error(`Audit chain BROKEN at position #${broken.position}: ${what[broken.reason]} (${checked} events before it are intact).`);
    return 2;
  }
  if (anchor) {
    const what =
      anchor.kind === "truncated"
        ? `TRUNCATED: the log is empty, but a signed checkpoint vouches for ${anchor.position} events.`
        : anchor.kind === "tail_deleted"
          ? `TAIL DELETED: events #${anchor.from}–#${anchor.to} are gone; a signed checkpoint vouches for #${anchor.to}.`
          : anchor.kind === "rewritten"
            ? `REWRITTEN: event #${anchor.position} no longer has the hash its signed checkpoint states: events up to it were changed and the hashes recomputed.`
            : `CHECKPOINT INVALID: line ${anchor.line} of the checkpoint file is not a checkpoint signed with this key (forged, damaged, or another key).`;
    console.error(`Audit log TAMPERED: ${what} (${checked} events, ${result.checkpoints} checkpoints).`);
    return 2;
  }
  const last = result.lastCheckpoint ? `; last checkpoint #${result.lastCheckpoint.position} at ${result.lastCheckpoint.at}` : "; no checkpoint yet";
  console.log(`Audit chain intact: ${checked} events verified against ${result.checkpoints} signed checkpoints${last}.`);
  // Events committed but not chained yet (ADR 018): reported, and a failure once older than the bound.
  const { unsealed } = result;
  if (unsealed.count === 0) console.log("Every committed event is sealed into the chain.");
  else if (!unsealed.overdue) console.log(`${unsealed.count} committed events wait for the sealer (oldest #${unsealed.oldestId} at ${unsealed.oldestAt}).`);
  else {
    console.error(
      `Audit log UNSEALED: ${unsealed.count} committed events are not in the chain, the oldest (#${unsealed.oldestId}) since ${unsealed.oldestAt}, longer than AUDIT_SEAL_MAX_LAG_SECONDS: is the server (its sealer) running?`,
    );
    return 3;
  }
  return 0;
}, { seal: false });
