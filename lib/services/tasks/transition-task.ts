import type { Tx } from "@/db";
import type { TActor } from "@/lib/domain/actor";
import type { TTaskStatus } from "@/lib/domain/codes";
import { applyTransition, type TTaskAction } from "@/lib/domain/task-workflow";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { departmentUserIds, notifyUsers, supervisorUserIds } from "@/lib/services/notifications/notify";
import { inTransaction } from "@/lib/services/transaction";
import type { ZTransitionSchema } from "@/lib/validation/tasks";
import type { z } from "@/lib/validation/zod";
import { updateTaskAtVersion } from "./bump-task";
import { loadTaskForActor, type TLoadedTask } from "@/db/queries/tasks/load-task";
import { refusalError } from "@/lib/domain/capabilities/refusal";
import { transitionRefusalCapability } from "@/lib/domain/capabilities/task";
import { assertTaskCapability } from "./task-capability";
import { clock } from "@/lib/clock";
import { closeOpenDraft } from "./completion-drafts";

type TTaskChanges = Parameters<typeof updateTaskAtVersion>[3];

/** Fields that change with the status itself. */
function sideEffects(action: TTaskAction, loaded: TLoadedTask, reason: string | null, now: Date): TTaskChanges {
  switch (action) {
    case "publish":
      // The due date at publication is the one assessment measures against.
      return { publishedAt: now, originalDueDate: loaded.task.originalDueDate ?? loaded.task.dueDate };
    case "submit":
      return { completionNote: reason, returnedAt: null };
    case "approve":
      return { completedAt: now, progress: 100 };
    case "reject":
      // 退回整改: the list's "returned" filter reads these, not the audit log. The rejected
      // 办结说明 is no longer the current one: it lives on in the audit event (the timeline).
      return { returnedAt: now, returnCount: loaded.task.returnCount + 1, completionNote: null };
    case "reopen":
      return { completedAt: null, returnedAt: null };
    default:
      return {};
  }
}

/** Who hears about each action (besides the actor). */
async function recipients(tx: Tx, action: TTaskAction, loaded: TLoadedTask): Promise<string[]> {
  const lead = [loaded.leadDepartmentId];
  const all = [loaded.leadDepartmentId, ...loaded.cooperatingDepartmentIds];
  switch (action) {
    case "publish":
      return departmentUserIds(tx, all);
    case "accept":
      return [];
    case "decline":
    case "submit":
      return supervisorUserIds(tx);
    case "approve":
    case "reject":
    case "reopen":
      return departmentUserIds(tx, lead);
    case "cancel":
      return loaded.task.status === "draft" ? [] : departmentUserIds(tx, all);
  }
}

/**
 * 下发, 签收, 退回, 申请办结, 审核通过, 退回整改, 重新打开, 撤销: one operation.
 * Load in scope → pure rule → update at the expected version → audit → notify,
 * all in one transaction. `prepared`: the 申请办结 is a 联络员's prepared draft
 * (submit-prepared-completion.ts, which has closed it); the audit event names it.
 */
export async function transitionTask(actor: TActor, input: z.output<typeof ZTransitionSchema>, prepared?: { draftId: string; preparedBy: string }) {
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    const result = applyTransition(
      { status: loaded.task.status, leadDepartmentId: loaded.leadDepartmentId, dueDate: loaded.task.dueDate, progressReportCount: loaded.progressReportCount },
      input.action,
      actor,
      { reason: input.reason },
    );
    if (!result.ok) throw refusalError(transitionRefusalCapability(result.refusal));
    // Rules beyond the status table (申请办结 while an extension is undecided) live in the capability table.
    if (input.action === "submit") assertTaskCapability(actor, loaded, "submit");
    const from: TTaskStatus = loaded.task.status;
    const now = clock.now();
    // A head who submits a note of their own leaves no prepared draft open behind it; nor does
    // a cancellation (a closed task takes no 办结申请: the draft is discarded with it).
    if (input.action === "submit") await closeOpenDraft(tx, loaded.task.id, "superseded", actor.id, now);
    if (input.action === "cancel") await closeOpenDraft(tx, loaded.task.id, "discarded", actor.id, now);
    const updated = await updateTaskAtVersion(tx, loaded.task.id, input.version, {
      status: result.to,
      ...sideEffects(input.action, loaded, input.reason, now),
    });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: `task.${input.action}`,
      entityType: "task",
      entityId: updated.id,
      data: { from, to: result.to, reason: input.reason, ...(input.action === "reject" ? { rejectedNote: loaded.task.completionNote } : {}), ...prepared },
      ip: actor.ip,
    });
    await notifyUsers(tx, await recipients(tx, input.action, loaded), {
      kind: `task.${input.action}`,
      title: updated.title,
      // 退回, 退回整改, 重新打开, 撤销: the reason travels with the message, so the inbox shows why.
      ...(input.reason ? { body: input.reason } : {}),
      link: `/tasks/${updated.id}`,
    }, actor.id);
    return updated;
  });
}
