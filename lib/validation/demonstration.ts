import { DEMONSTRATION_CATEGORIES, DEMONSTRATION_STAGES } from "@/lib/domain/codes";
import { stageDatesInOrder } from "@/lib/domain/demonstration";
import { requiredText, text, ZId, ZOptionalId, ZVersion } from "./common";
import { NOTE_MAX, TITLE_MAX, ZOptionalDate } from "./tasks";
import { z } from "./zod";

// 示范创建 (ADR 020): what a plan manager gives to start a track, and what the lead
// department gives to complete a stage.

const ZStageDueDates = z
  .object(Object.fromEntries(DEMONSTRATION_STAGES.map((s) => [s, ZOptionalDate])) as Record<(typeof DEMONSTRATION_STAGES)[number], typeof ZOptionalDate>)
  .strict()
  .refine((dates) => stageDatesInOrder(DEMONSTRATION_STAGES.map((s) => dates[s])), { error: "stageDatesOrder" });

const trackFields = {
  category: z.enum(DEMONSTRATION_CATEGORIES),
  leadDepartmentId: ZId,
  stageDueDates: ZStageDueDates,
};

/** A new demonstration goal in a plan (top level, or under `parentId`), with its track task. */
export const ZCreateDemonstrationGoalSchema = z
  .object({ planId: ZId, parentId: ZOptionalId, title: requiredText(TITLE_MAX), ...trackFields })
  .strict();
export type TCreateDemonstrationGoalInput = z.input<typeof ZCreateDemonstrationGoalSchema>;

/** An existing goal made a demonstration project, at the version the page showed. */
export const ZMarkDemonstrationGoalSchema = z.object({ goalId: ZId, version: ZVersion, ...trackFields }).strict();
export type TMarkDemonstrationGoalInput = z.input<typeof ZMarkDemonstrationGoalSchema>;

/** The plan page's one dialog: an existing goal chosen (marked), or none and a title (created). */
export const ZDemonstrationGoalFormSchema = z
  .object({ goalId: ZOptionalId, title: text().trim().max(TITLE_MAX), ...trackFields })
  .strict()
  .refine((v) => !!v.goalId || v.title.length > 0, { path: ["title"], error: "required" });
export type TDemonstrationGoalFormInput = z.input<typeof ZDemonstrationGoalFormSchema>;

export type TDemonstrationTrackInput = z.output<typeof ZMarkDemonstrationGoalSchema> | z.output<typeof ZCreateDemonstrationGoalSchema>;

/** A stage done, with what shows it (a note and evidence files), at the task's version. */
export const ZCompleteStageSchema = z
  .object({
    id: ZId,
    version: ZVersion,
    stage: z.enum(DEMONSTRATION_STAGES),
    note: requiredText(NOTE_MAX),
    attachmentIds: z.array(ZId).max(20).default([]),
  })
  .strict();
export type TCompleteStageInput = z.input<typeof ZCompleteStageSchema>;
