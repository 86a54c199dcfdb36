"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { guessPlanYear } from "@/lib/domain/plan-import";
import { importPlan } from "@/lib/services/plans/import-plan";
import { parsePlanText } from "@/lib/services/plans/parse-plan-text";
import { ZImportPlanSchema, ZParsePlanTextSchema } from "@/lib/validation/imports";

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
