"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { createFramework, updateFramework } from "@/lib/services/indicators/frameworks";
import { createIndicator, deleteIndicator, moveIndicator, updateIndicator } from "@/lib/services/indicators/edit-indicator";
import { importIndicators } from "@/lib/services/indicators/import-indicators";
import { setIndicatorWeight } from "@/lib/services/indicators/set-weight";
import {
  ZFrameworkCreateSchema,
  ZFrameworkUpdateSchema,
  ZIndicatorCreateSchema,
  ZIndicatorDeleteSchema,
  ZIndicatorImportSchema,
  ZIndicatorMoveSchema,
  ZIndicatorUpdateSchema,
  ZIndicatorWeightSchema,
} from "@/lib/validation/indicators";

const path = "/admin/indicators";
const done = () => revalidatePath(path, "layout");

export const createFrameworkAction = authedAction("indicator:manage", ZFrameworkCreateSchema, async (input, actor) => {
  const framework = await createFramework(actor, input);
  done();
  return { id: framework.id };
});

export const updateFrameworkAction = authedAction("indicator:manage", ZFrameworkUpdateSchema, async (input, actor) => {
  const framework = await updateFramework(actor, input);
  done();
  return { id: framework.id };
});

export const createIndicatorAction = authedAction("indicator:manage", ZIndicatorCreateSchema, async (input, actor) => {
  const indicator = await createIndicator(actor, input);
  done();
  return { id: indicator.id };
});

export const updateIndicatorAction = authedAction("indicator:manage", ZIndicatorUpdateSchema, async (input, actor) => {
  const indicator = await updateIndicator(actor, input);
  done();
  return { id: indicator.id };
});

export const moveIndicatorAction = authedAction("indicator:manage", ZIndicatorMoveSchema, async (input, actor) => {
  const indicator = await moveIndicator(actor, input);
  done();
  return { id: indicator.id };
});

export const deleteIndicatorAction = authedAction("indicator:manage", ZIndicatorDeleteSchema, async (input, actor) => {
  const result = await deleteIndicator(actor, input);
  done();
  return result;
});

export const setIndicatorWeightAction = authedAction("indicator:manage", ZIndicatorWeightSchema, async (input, actor) => {
  const indicator = await setIndicatorWeight(actor, input);
  done();
  return { id: indicator.id };
});

export const importIndicatorsAction = authedAction("indicator:manage", ZIndicatorImportSchema, async (input, actor) => {
  const result = await importIndicators(actor, input);
  done();
  return result;
});
