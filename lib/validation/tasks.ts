import { INDICATOR_CODES_MAX } from "@/lib/domain/indicator-tags/codes";
import { isIsoDate } from "@/lib/domain/calendar";
import { TASK_PRIORITIES } from "@/lib/domain/codes";
import { TASK_ACTIONS } from "@/lib/domain/task-workflow";
import { ZIndicatorCode, ZIndicatorCodes } from "./indicator-codes";
import { optionalText, requiredText, ZId, ZOptionalId, ZVersion, text } from "./common";
import { z } from "./zod";

import { NOTE_MAX, TITLE_MAX } from "./limits";

export { NOTE_MAX, TITLE_MAX };

export const ZDate = text().trim().refine(isIsoDate, { error: "invalidDate" });
export const ZOptionalDate = z
  .union([z.literal(""), ZDate])
  .nullish()
  .transform((v) => (v ? v : null));

const ZNumberOrNull = z
  .union([z.literal(""), z.coerce.number().finite().min(-1e12).max(1e12)])
  .nullish()
  .transform((v) => (v === "" || v === undefined || v === null ? null : v));

export const ZMilestoneInput = z.object({ title: requiredText(TITLE_MAX), dueDate: ZOptionalDate });
export const ZIndicatorInput = z.object({
  name: requiredText(100),
  unit: text().trim().max(20).default(""),
  target: ZNumberOrNull,
  actual: ZNumberOrNull,
});

export const taskFields = {
  title: requiredText(TITLE_MAX),
  description: text().trim().max(NOTE_MAX).default(""),
  goalId: ZOptionalId,
  leadDepartmentId: ZOptionalId,
  cooperatingDepartmentIds: z.array(ZId).max(50).default([]),
  ownerId: ZOptionalId,
  startDate: ZOptionalDate,
  dueDate: ZOptionalDate,
  priority: z.enum(TASK_PRIORITIES).default("normal"),
  milestones: z.array(ZMilestoneInput).max(50).default([]),
  indicators: z.array(ZIndicatorInput).max(50).default([]),
  /** Tags: which indicators of the frameworks (指标体系) the task serves. */
  indicatorCodes: ZIndicatorCodes,
};

type TTaskFieldsOut = { startDate: string | null; dueDate: string | null; leadDepartmentId: string | null; cooperatingDepartmentIds: string[] };
export const datesInOrder = (v: TTaskFieldsOut) => !v.startDate || !v.dueDate || v.dueDate >= v.startDate;
export const leadNotCooperating = (v: TTaskFieldsOut) => !v.leadDepartmentId || !v.cooperatingDepartmentIds.includes(v.leadDepartmentId);

export const ZTaskCreateSchema = z
  .object({
    ...taskFields,
    /** 共同牵头 (a plan import names several leads): they share the lead; the task keeps one lead department. */
    coLeadDepartmentIds: z.array(ZId).max(20).default([]),
  })
  .strict()
  .refine(datesInOrder, { path: ["dueDate"], error: "dueBeforeStart" })
  .refine(leadNotCooperating, { path: ["cooperatingDepartmentIds"], error: "leadAlsoCooperating" })
  .refine((v) => !v.leadDepartmentId || !v.coLeadDepartmentIds.includes(v.leadDepartmentId), { path: ["coLeadDepartmentIds"], error: "leadAlsoCooperating" })
  .refine((v) => v.coLeadDepartmentIds.length === 0 || v.leadDepartmentId !== null, { path: ["leadDepartmentId"], error: "required" });
export type TTaskCreateInput = z.input<typeof ZTaskCreateSchema>;
export type TTaskCreate = z.output<typeof ZTaskCreateSchema>;

export const ZTaskUpdateSchema = z
  // Tags left out are kept (a caller that does not know them cannot clear them by accident).
  .object({ id: ZId, version: ZVersion, ...taskFields, indicatorCodes: z.array(ZIndicatorCode).max(INDICATOR_CODES_MAX).optional() })
  .strict()
  .refine(datesInOrder, { path: ["dueDate"], error: "dueBeforeStart" })
  .refine(leadNotCooperating, { path: ["cooperatingDepartmentIds"], error: "leadAlsoCooperating" });
export type TTaskUpdateInput = z.input<typeof ZTaskUpdateSchema>;

export const ZTransitionSchema = z
  .object({
    id: ZId,
    action: z.enum(TASK_ACTIONS),
    reason: optionalText(NOTE_MAX),
    version: ZVersion,
  })
  .strict();
export type TTransitionInput = z.input<typeof ZTransitionSchema>;

export const ZProgressSchema = z
  .object({
    id: ZId,
    version: ZVersion,
    percent: z.coerce.number().int().min(0).max(100),
    note: requiredText(NOTE_MAX),
    attachmentIds: z.array(ZId).max(20).default([]),
  })
  .strict();
export type TProgressInput = z.input<typeof ZProgressSchema>;

export const ZExtensionRequestSchema = z
  .object({ id: ZId, version: ZVersion, requestedDueDate: ZDate, reason: requiredText(NOTE_MAX) })
  .strict();
export type TExtensionRequestInput = z.input<typeof ZExtensionRequestSchema>;

export const ZExtensionDecisionSchema = z
  .object({ id: ZId, approve: z.boolean(), reason: optionalText(NOTE_MAX) })
  .strict();
export type TExtensionDecisionInput = z.input<typeof ZExtensionDecisionSchema>;

export const ZSetOwnerSchema = z.object({ id: ZId, version: ZVersion, ownerId: ZOptionalId }).strict();

export const ZAddMilestoneSchema = z.object({ id: ZId, version: ZVersion, title: requiredText(TITLE_MAX), dueDate: ZOptionalDate }).strict();
export const ZCompleteMilestoneSchema = z.object({ id: ZId, version: ZVersion, milestoneId: ZId }).strict();
