import { eq } from "drizzle-orm";
import { updateAtVersion } from "@/lib/services/versioned-update";
import { noticeTasks, notices } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { noticeCapabilities } from "@/lib/domain/capabilities/notice";
import { assertAllowed } from "@/lib/domain/capabilities/refusal";
import { assertCan } from "@/lib/domain/permissions";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { notifyUsers } from "@/lib/services/notifications/notify";
import { inTransaction } from "@/lib/services/transaction";
import type { ZSendDraftNoticeSchema } from "@/lib/validation/notices";
import type { z } from "@/lib/validation/zod";
import { allocateNoticeNumber } from "./allocate-number";
import { checkNoticeTargets, issuingYear } from "./issue-notice";
import { noticeRecipientIds } from "./notice-recipients";
import { clock } from "@/lib/clock";

/** A supervisor reviews a drafted notice (e.g. the daily job's 催办通知), edits it, and sends it: it is numbered now. */
export async function sendDraftNotice(actor: TActor, input: z.output<typeof ZSendDraftNoticeSchema>) {
  assertCan(actor, "notice:issue");
  const env = getEnv();
  return inTransaction(async (tx) => {
    const [draft] = await tx.select().from(notices).where(eq(notices.id, input.id)).for("update");
    if (!draft) throw new AppError("NOT_FOUND", "noticeNotFound");
    assertAllowed(noticeCapabilities(draft, actor).sendDraft);
    const responseDueDate = draft.kind === "circular" ? null : input.responseDueDate;
    if (draft.kind !== "circular" && !responseDueDate) {
      throw new AppError("VALIDATION", "validationFailed", { fieldErrors: { responseDueDate: ["responseDueRequired"] } });
    }
    const taskIds = (await tx.select({ taskId: noticeTasks.taskId }).from(noticeTasks).where(eq(noticeTasks.noticeId, draft.id))).map((r) => r.taskId);
    await checkNoticeTargets(tx, { kind: draft.kind, departmentId: draft.departmentId, taskIds });
    const now = clock.now();
    const number = await allocateNoticeNumber(tx, env.NOTICE_PREFIX, issuingYear(now, env.APP_TIMEZONE));
    const notice = await updateAtVersion(
      tx,
      notices,
      draft.id,
      input.version,
      { ...number, status: "issued", content: input.content, responseDueDate, issuedBy: actor.id, issuedAt: now },
      "noticeNotFound",
    );
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "notice.issue",
      entityType: "notice",
      entityId: notice.id,
      data: { number: number.number, kind: notice.kind, departmentId: notice.departmentId, taskIds, fromDraft: true },
      ip: actor.ip,
    });
    await notifyUsers(tx, await noticeRecipientIds(tx, notice), { kind: "notice.received", title: number.number, link: `/notices/${notice.id}` }, actor.id);
    return notice;
  });
}
