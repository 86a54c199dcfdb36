// npm run bench:audit -- [--connections 50] [--duration 10]
//
// The audit log's own ceiling (issue 17, ADR 018): `connections` workers each
// commit one transaction after another holding nothing but an audit event,
// for `duration` seconds, with the sealer running as in the server; then it
// seals what is left and verifies the chain. Runs on DATABASE_URL (PostgreSQL)
// or PGLITE_DIR. Writes probe events (job.daily_reminders) into that database.
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { connections: { type: "string", default: "50" }, duration: { type: "string", default: "10" } } });
const connections = Number(values.connections);
const seconds = Number(values.duration);
if (!Number.isInteger(connections) || connections < 1 || !(seconds > 0)) {
  console.error("--connections takes a whole number ≥ 1, --duration seconds > 0");
  process.exit(1);
}

const { runClosedLoop } = await import("./bench/raw-sql");
const { appendAuditEvent } = await import("@/lib/services/audit/append-audit-event");
const { inTransaction } = await import("@/lib/services/transaction");
const { sealAuditEvents, startAuditSealer } = await import("@/lib/services/audit/seal-audit-events");
const { verifyAudit } = await import("@/lib/services/audit/anchor/verify-audit");
const { getDb } = await import("@/db");
const { runWithDb } = await import("./run-with-db");

await runWithDb(async () => {
  startAuditSealer();
  const figures = await runClosedLoop(connections, seconds, async (k) => {
    // Load only: a counter no schema describes, never read back by the audit-log view.
    await inTransaction((tx) => appendAuditEvent(tx, { actorId: null, action: "job.daily_reminders", data: { bench: k } as never }));
    return "ok";
  });
  console.log(`audit appends: ${figures.rps.toFixed(1)}/s, p50 ${figures.p50.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms, ${figures.errors} errors (${connections} connections, ${seconds} s)`);
  await sealAuditEvents();
  const result = await verifyAudit(await getDb());
  console.log(`chain: ${result.checked} events, broken ${JSON.stringify(result.broken)}, unsealed ${result.unsealed.count}`);
  return result.broken ? 2 : 0;
});
