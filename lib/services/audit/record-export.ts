import type { TActor } from "@/lib/domain/actor";
import type { TAuditData } from "@/lib/domain/audit-events";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";

/**
 * Records that someone took data out of the system (等保: a bulk export is
 * an auditable event even though it changes nothing). Written before the
 * download starts, so a refused audit write refuses the export too.
 */
export async function recordExport<W extends "tasks" | "assessment" | "annual_report">(actor: TActor, what: W, data: TAuditData<`export.${W}`>) {
  await inTransaction((tx) =>
    appendAuditEvent(tx, { actorId: actor.id, action: `export.${what}` as `export.${W}`, entityType: null, entityId: null, data, ip: actor.ip }),
  );
}
