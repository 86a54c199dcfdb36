import { randomUUID } from "node:crypto";
import { progressReports } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { actsForDepartment } from "@/lib/domain/scope";
import { linkAttachments } from "@/lib/services/attachments/link-attachments";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import type { ZProgressSchema } from "@/lib/validation/tasks";
import type { z } from "@/lib/validation/zod";
import { updateTaskAtVersion } from "./bump-task";
import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { clock } from "@/lib/clock";
import { staleVersion } from "@/lib/errors";
import { assertTaskCapability, assertTaskRole } from "./task-capability";

/**
 * 进展情况: a dated note, a percent and evidence files, by the lead or a
 * cooperating department while the task is in progress. Only the lead
 * department's report sets the task's overall percent; a cooperating
 * department's report is recorded beside it.
 */
export async function reportProgress(actor: TActor, input: z.output<typeof ZProgressSchema>) {
  assertTaskRole(actor, "reportProgress");
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    const isLead = actsForDepartment(actor, loaded.leadDepartmentId);
    assertTaskCapability(actor, loaded, "reportProgress");
    const now = clock.now();
    // The task's row is locked: its version cannot move before commit. A stale form is refused
    // here, so the update, the report, its files and the audit event can go out together —
    // one round trip on the transaction's connection, run in the order sent.
    if (loaded.task.version !== input.version) throw staleVersion();
    const reportId = randomUUID();
    const [task, [report]] = await Promise.all([
      updateTaskAtVersion(tx, loaded.task.id, input.version, {
        lastProgressAt: now,
        ...(isLead ? { progress: input.percent } : {}),
      }),
      tx
        .insert(progressReports)
        .values({ id: reportId, taskId: loaded.task.id, authorId: actor.id, departmentId: actor.departmentId, percent: input.percent, note: input.note, createdAt: now })
        .returning(),
      linkAttachments(tx, actor, input.attachmentIds, { taskId: loaded.task.id, progressReportId: reportId }),
      appendAuditEvent(tx, {
        actorId: actor.id,
        action: "task.progress",
        entityType: "task",
        entityId: loaded.task.id,
        data: { reportId, percent: input.percent, attachments: input.attachmentIds.length },
        ip: actor.ip,
      }),
    ]);
    return { task, report: report! };
  });
}
