import type { TActor } from "@/lib/domain/actor";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";

/**
 * Records that someone took data out of the system (等保: a bulk export is
 * an auditable event even though it changes nothing). Written before the
 * download starts, so a refused audit write refuses the export too.
 */
export async function recordExport(actor: TActor, what: "tasks" | "assessment" | "annual_report", data: Record<string, unknown>) {
  await inTransaction((tx) =>
    appendAuditEvent(tx, { actorId: actor.id, action: `export.${what}`, entityType: null, entityId: null, data, ip: actor.ip }),
  );
}
