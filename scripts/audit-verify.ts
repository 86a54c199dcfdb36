// npm run audit:verify — walks the hash chain and names the first broken event.
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import { runWithDb } from "./run-with-db";

await runWithDb(async ({ db }) => {
  const { checked, broken } = await verifyAuditChain(db);
  if (!broken) {
    console.log(`Audit chain intact: ${checked} events verified.`);
    return 0;
  }
  const what = { hash: "its contents were changed", link: "it does not follow its predecessor", sequence: "an event is missing before it" };
  console.error(`Audit chain BROKEN at event #${broken.id}: ${what[broken.reason]} (${checked} events before it are intact).`);
  return 2;
});
