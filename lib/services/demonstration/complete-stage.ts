import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { milestones, progressReports } from "@/db/schema";
import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import type { TActor } from "@/lib/domain/actor";
import { assertAllowed } from "@/lib/domain/capabilities/refusal";
import type { TDemonstrationStage } from "@/lib/domain/codes";
import { stageCompletion, stagePercent, type TStageState } from "@/lib/domain/demonstration";
import { AppError } from "@/lib/errors";
import { clock } from "@/lib/clock";
import { linkAttachments } from "@/lib/services/attachments/link-attachments";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { updateTaskAtVersion } from "@/lib/services/tasks/bump-task";
import { assertTaskCapability, assertTaskRole } from "@/lib/services/tasks/task-capability";
import { inTransaction } from "@/lib/services/transaction";
import type { ZCompleteStageSchema } from "@/lib/validation/demonstration";
import type { z } from "@/lib/validation/zod";

/**
 * 示范创建: the lead department completes the current stage with its evidence (ADR 020).
 * Who and when are a milestone's (lead department, task in progress); the order is the
 * stage rule's; the evidence is a progress report (note and files, shown in the timeline)
 * that the milestone points at, and the task's progress rises to the stage's share.
 */
export async function completeDemonstrationStage(actor: TActor, input: z.output<typeof ZCompleteStageSchema>) {
  assertTaskRole(actor, "completeMilestone");
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    assertTaskCapability(actor, loaded, "completeMilestone");
    const stages = (await tx
      .select({ id: milestones.id, stage: milestones.stage, dueDate: milestones.dueDate, completedAt: milestones.completedAt })
      .from(milestones)
      .where(and(eq(milestones.taskId, loaded.task.id), isNotNull(milestones.stage)))) as (TStageState & { id: string })[];
    const now = clock.now();
    const percent = Math.max(loaded.task.progress, stagePercent(input.stage));
    const task = await updateTaskAtVersion(tx, loaded.task.id, input.version, { lastProgressAt: now, progress: percent });
    assertAllowed(stageCompletion(stages, input.stage));
    const [report] = await tx
      .insert(progressReports)
      .values({ taskId: task.id, authorId: actor.id, departmentId: actor.departmentId, percent, note: input.note, createdAt: now })
      .returning();
    await linkAttachments(tx, actor, input.attachmentIds, { taskId: task.id, progressReportId: report!.id });
    const milestoneId = stages.find((s) => s.stage === input.stage)!.id;
    const [done] = await tx
      .update(milestones)
      .set({ completedAt: now, completedBy: actor.id, evidenceReportId: report!.id })
      .where(and(eq(milestones.id, milestoneId), isNull(milestones.completedAt)))
      .returning({ id: milestones.id });
    // The task row is locked, so nobody completed it since it was read; kept as a guard.
    if (!done) throw new AppError("CONFLICT", "stageDone");
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "task.stage_complete",
      entityType: "task",
      entityId: task.id,
      data: { milestoneId, stage: input.stage satisfies TDemonstrationStage, reportId: report!.id, attachments: input.attachmentIds.length },
      ip: actor.ip,
    });
    return { task, report: report! };
  });
}
