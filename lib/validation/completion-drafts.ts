import { NOTE_MAX } from "./tasks";
import { optionalText, text, ZId, ZVersion } from "./common";
import { z } from "./zod";

// 准备办结申请 (联络员), 一键提交 and 退回/撤回 (单位负责人): each names the task at the version
// the user saw, so a draft replaced or a task changed meanwhile is refused (409), not overwritten.

export const ZPrepareCompletionSchema = z
  .object({
    id: ZId,
    version: ZVersion,
    note: text().trim().min(1, { error: "completionNoteRequired" }).max(NOTE_MAX),
    /** Fresh uploads of the preparer, and files of the open draft it replaces that are kept. */
    attachmentIds: z.array(ZId).max(20).default([]),
  })
  .strict();
export type TPrepareCompletionInput = z.input<typeof ZPrepareCompletionSchema>;

export const ZSubmitPreparedSchema = z.object({ id: ZId, version: ZVersion }).strict();
export type TSubmitPreparedInput = z.input<typeof ZSubmitPreparedSchema>;

export const ZDiscardCompletionSchema = z.object({ id: ZId, version: ZVersion, reason: optionalText(NOTE_MAX) }).strict();
export type TDiscardCompletionInput = z.input<typeof ZDiscardCompletionSchema>;
