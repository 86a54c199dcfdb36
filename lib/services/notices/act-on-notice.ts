import { updateAtVersion } from "@/lib/services/versioned-update";
import type { Tx } from "@/db";
import { notices, type TNotice } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { noticeRefusal } from "@/lib/domain/capabilities/notice";
import { refusalError } from "@/lib/domain/capabilities/refusal";
import { applyNoticeAction, type TNoticeAction } from "@/lib/domain/notice-rules";
import { linkAttachments } from "@/lib/services/attachments/link-attachments";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { departmentUserIds, notifyUsers, supervisorUserIds } from "@/lib/services/notifications/notify";
import { inTransaction } from "@/lib/services/transaction";
import { loadNoticeForActor } from "@/db/queries/notices/load-notice";
import { clock } from "@/lib/clock";

type TNoticeChanges = Partial<typeof notices.$inferInsert>;

/**
 * Shared steps of every notice action: load in scope → rule → update at version → audit → notify.
 * Without a version (optional in the API) the action applies to the notice as
 * it is now: the row is locked and the status rule is checked on it.
 */
async function act(
  actor: TActor,
  input: { id: string; version?: number | undefined },
  action: TNoticeAction,
  change: (notice: TNotice, now: Date) => TNoticeChanges,
  after: (tx: Tx, notice: TNotice) => Promise<{ notify: string[]; data?: Record<string, unknown>; body?: string }>,
) {
  return inTransaction(async (tx) => {
    const notice = await loadNoticeForActor(tx, actor, input.id, { lock: true });
    const result = applyNoticeAction(notice, action, actor);
    if (!result.ok) throw refusalError(noticeRefusal(result.refusal));
    const now = clock.now();
    const updated = await updateAtVersion(tx, notices, notice.id, input.version ?? notice.version, { ...change(notice, now), status: result.to }, "noticeNotFound");
    const { notify, data, body } = await after(tx, updated);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: `notice.${action}`,
      entityType: "notice",
      entityId: updated.id,
      data: { from: notice.status, to: updated.status, ...data },
      ip: actor.ip,
    });
    await notifyUsers(tx, notify, { kind: `notice.${action}`, title: updated.number ?? updated.title, ...(body ? { body } : {}), link: `/notices/${updated.id}` }, actor.id);
    return updated;
  });
}

/** 签收 by the recipient department's head. */
export const signNotice = (actor: TActor, input: { id: string; version?: number | undefined }) =>
  act(actor, input, "sign", (_n, now) => ({ signedBy: actor.id, signedAt: now }), async (tx) => ({ notify: await supervisorUserIds(tx) }));

/** An officer (or the head) saves a draft answer for the head to send. */
export const draftNoticeResponse = (actor: TActor, input: { id: string; version: number; content: string }) =>
  act(
    actor,
    input,
    "draft_response",
    (_n, now) => ({ draftResponse: input.content, draftedBy: actor.id, draftedAt: now }),
    async (tx, notice) => ({ notify: (await departmentUserIds(tx, [notice.departmentId], ["dept_head"])) }),
  );

/** 反馈 by the head: the answer and its evidence files. */
export const respondToNotice = (actor: TActor, input: { id: string; version?: number | undefined; content: string; attachmentIds: string[] }) =>
  act(
    actor,
    input,
    "respond",
    (_n, now) => ({ response: input.content, respondedBy: actor.id, respondedAt: now }),
    async (tx, notice) => {
      await linkAttachments(tx, actor, input.attachmentIds, { taskId: null, noticeId: notice.id });
      return { notify: await supervisorUserIds(tx), data: { attachments: input.attachmentIds.length } };
    },
  );

/** 办结: the supervisor accepts the answer (or closes a circular). */
export const closeNotice = (actor: TActor, input: { id: string; version?: number | undefined }) =>
  act(actor, input, "close", (_n, now) => ({ closedBy: actor.id, closedAt: now }), async (tx, notice) => ({
    notify: notice.departmentId ? await departmentUserIds(tx, [notice.departmentId], ["dept_head"]) : [],
  }));

/** 退回: the answer is not enough; the department must answer again. */
export const sendBackNotice = (actor: TActor, input: { id: string; version: number; reason: string }) =>
  act(actor, input, "send_back", () => ({ respondedAt: null, respondedBy: null }), async (tx, notice) => ({
    notify: await departmentUserIds(tx, [notice.departmentId]),
    data: { reason: input.reason },
    body: input.reason,
  }));
