"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { writeInstruction } from "@/lib/services/instructions/write-instruction";
import { closeNotice, draftNoticeResponse, respondToNotice, sendBackNotice, signNotice } from "@/lib/services/notices/act-on-notice";
import { issueNotice } from "@/lib/services/notices/issue-notice";
import { sendDraftNotice } from "@/lib/services/notices/send-draft-notice";
import { draftMonthlyCircular } from "@/lib/services/notices/draft-monthly-circular";
import {
  ZInstructionSchema,
  ZMonthlyCircularSchema,
  ZNoticeCloseSchema,
  ZNoticeDraftResponseSchema,
  ZNoticeIssueSchema,
  ZNoticeRespondSchema,
  ZNoticeSendBackSchema,
  ZNoticeSignSchema,
  ZSendDraftNoticeSchema,
} from "@/lib/validation/notices";

const refresh = (noticeId: string) => {
  revalidatePath(`/notices/${noticeId}`);
  revalidatePath("/notices");
};

export const issueNoticeAction = authedAction("notice:issue", ZNoticeIssueSchema, async (input, actor) => {
  const notice = await issueNotice(actor, input);
  revalidatePath("/notices");
  for (const taskId of input.taskIds) revalidatePath(`/tasks/${taskId}`);
  return { id: notice.id, number: notice.number };
});

export const draftMonthlyCircularAction = authedAction("notice:issue", ZMonthlyCircularSchema, async (input, actor) => {
  const { notice } = await draftMonthlyCircular(actor, input);
  revalidatePath("/notices");
  return { id: notice.id };
});

export const sendDraftNoticeAction = authedAction("notice:issue", ZSendDraftNoticeSchema, async (input, actor) => {
  const notice = await sendDraftNotice(actor, input);
  refresh(notice.id);
  return { id: notice.id, number: notice.number };
});

// Who may act depends on the notice's department and status: the service decides.
export const signNoticeAction = authedAction("notice:sign", ZNoticeSignSchema, async (input, actor) => {
  const notice = await signNotice(actor, input);
  refresh(notice.id);
  return { id: notice.id };
});

export const draftResponseAction = authedAction("notice:draft_response", ZNoticeDraftResponseSchema, async (input, actor) => {
  const notice = await draftNoticeResponse(actor, input);
  refresh(notice.id);
  return { id: notice.id };
});

export const respondNoticeAction = authedAction("notice:respond", ZNoticeRespondSchema, async (input, actor) => {
  const notice = await respondToNotice(actor, input);
  refresh(notice.id);
  return { id: notice.id };
});

export const closeNoticeAction = authedAction("notice:close", ZNoticeCloseSchema, async (input, actor) => {
  const notice = await closeNotice(actor, input);
  refresh(notice.id);
  return { id: notice.id };
});

export const sendBackNoticeAction = authedAction("notice:close", ZNoticeSendBackSchema, async (input, actor) => {
  const notice = await sendBackNotice(actor, input);
  refresh(notice.id);
  return { id: notice.id };
});

export const writeInstructionAction = authedAction("instruction:write", ZInstructionSchema, async (input, actor) => {
  const instruction = await writeInstruction(actor, input);
  if (input.taskId) revalidatePath(`/tasks/${input.taskId}`);
  if (input.noticeId) refresh(input.noticeId);
  return { id: instruction.id };
});
