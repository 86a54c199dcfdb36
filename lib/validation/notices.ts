import { NOTICE_KINDS } from "@/lib/domain/codes";
import { optionalText, requiredText, text, ZId, ZOptionalId, ZVersion } from "./common";
import { NOTE_MAX, TITLE_MAX, ZOptionalDate } from "./tasks";
import { z } from "./zod";

const addressed = (v: { kind: string; departmentId: string | null; responseDueDate: string | null }) =>
  v.kind === "circular" || v.departmentId !== null;
const dated = (v: { kind: string; responseDueDate: string | null }) => v.kind === "circular" || v.responseDueDate !== null;

export const ZNoticeIssueSchema = z
  .object({
    kind: z.enum(NOTICE_KINDS),
    departmentId: ZOptionalId,
    taskIds: z.array(ZId).min(1).max(50),
    title: optionalText(TITLE_MAX),
    content: requiredText(NOTE_MAX),
    responseDueDate: ZOptionalDate,
  })
  .strict()
  .refine(addressed, { path: ["departmentId"], error: "recipientRequired" })
  .refine(dated, { path: ["responseDueDate"], error: "responseDueRequired" });
export type TNoticeIssueInput = z.input<typeof ZNoticeIssueSchema>;
export type TNoticeIssue = z.output<typeof ZNoticeIssueSchema>;

/**
 * A draft (e.g. prepared by the daily job) is reviewed, edited and sent. The
 * answer date is optional here because only the service knows the draft's
 * kind: a circular (月度通报) asks for no answer, every other kind needs one.
 */
export const ZSendDraftNoticeSchema = z
  .object({ id: ZId, version: ZVersion, content: requiredText(NOTE_MAX), responseDueDate: ZOptionalDate })
  .strict();

export const ZNoticeSignSchema = z.object({ id: ZId, version: ZVersion }).strict();
export const ZNoticeCloseSchema = z.object({ id: ZId, version: ZVersion }).strict();
export const ZNoticeDraftResponseSchema = z.object({ id: ZId, version: ZVersion, content: requiredText(NOTE_MAX) }).strict();
export const ZNoticeRespondSchema = z
  .object({ id: ZId, version: ZVersion, content: requiredText(NOTE_MAX), attachmentIds: z.array(ZId).max(20).default([]) })
  .strict();
export const ZNoticeSendBackSchema = z.object({ id: ZId, version: ZVersion, reason: requiredText(NOTE_MAX) }).strict();

export const ZInstructionSchema = z
  .object({ taskId: ZOptionalId, noticeId: ZOptionalId, content: requiredText(2_000) })
  .strict()
  .refine((v) => (v.taskId === null) !== (v.noticeId === null), { path: ["taskId"], error: "instructionTarget" });
export type TInstructionInput = z.input<typeof ZInstructionSchema>;

/** 月度通报: the month to report on, YYYY-MM (a month that has begun). */
export const ZMonthlyCircularSchema = z
  .object({ month: text().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "monthFormat" }) })
  .strict();
