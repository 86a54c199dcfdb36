"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { guessPlanYear } from "@/lib/domain/plan-import";
import { importPlan } from "@/lib/services/plans/import-plan";
import { parsePlanText } from "@/lib/services/plans/parse-plan-text";
import { ZImportPlanSchema, ZParsePlanTextSchema } from "@/lib/validation/imports";
import { editReportParagraph } from "@/lib/services/annual-report/edit-report-paragraph";
import { ZReportParagraphEditSchema } from "@/lib/validation/annual-report";
import { rolloverPlan } from "@/lib/services/plans/rollover-plan";
import { ZRolloverSchema } from "@/lib/validation/rollover";
import { createDemonstrationGoal } from "@/lib/services/demonstration/create-demonstration-goal";
import { markDemonstrationGoal } from "@/lib/services/demonstration/mark-demonstration-goal";
import { ZCreateDemonstrationGoalSchema, ZMarkDemonstrationGoalSchema } from "@/lib/validation/demonstration";

// Parsing writes nothing: the tree comes back for review, with the year its relative due dates (6月底) were read in.
export const parsePlanTextAction = authedAction("plan:import", ZParsePlanTextSchema, async (input, actor) => {
  const plan = await parsePlanText(actor, input);
  return { plan, year: input.year ?? guessPlanYear(plan) };
});

export const importPlanAction = authedAction("plan:import", ZImportPlanSchema, async (input, actor) => {
  const result = await importPlan(actor, input);
  revalidatePath("/plans");
  revalidatePath("/tasks");
  return result;
});

// An author's rewrite of one paragraph of the annual report draft (an empty text restores the generated one).
export const editReportParagraphAction = authedAction("report:edit", ZReportParagraphEditSchema, async (input, actor) => {
  const draft = await editReportParagraph(actor, input);
  revalidatePath(`/plans/${input.planId}/report`);
  return { version: draft.version };
});

// 年度结转: the preview (dryRun) and the confirmed rollover (ADR 014).
export const rolloverPlanAction = authedAction("plan:rollover", ZRolloverSchema, async (input, actor) => {
  const result = await rolloverPlan(actor, input);
  if (!input.dryRun) {
    revalidatePath("/plans");
    revalidatePath("/tasks");
  }
  return result;
});

// 示范创建 (ADR 020): a new demonstration goal, or an existing goal made one; either way its track task.
export const createDemonstrationGoalAction = authedAction("plan:import", ZCreateDemonstrationGoalSchema, async (input, actor) => {
  const { goal, task } = await createDemonstrationGoal(actor, input);
  revalidatePath(`/plans/${goal.planId}`);
  revalidatePath("/cockpit");
  return { goalId: goal.id, taskId: task.id };
});

export const markDemonstrationGoalAction = authedAction("plan:import", ZMarkDemonstrationGoalSchema, async (input, actor) => {
  const { goal, task } = await markDemonstrationGoal(actor, input);
  revalidatePath(`/plans/${goal.planId}`);
  revalidatePath("/cockpit");
  return { goalId: goal.id, taskId: task.id };
});
