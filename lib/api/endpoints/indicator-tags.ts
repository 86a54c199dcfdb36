import { ZIndicatorCode, ZTaskTagsSchema } from "@/lib/validation/indicator-codes";
import { defineEndpoint } from "../endpoint";
import { ZApiVersion, ZIdParams } from "../schemas/common";
import { ZApiTask } from "../schemas/tasks";

export const ZTaskTagsBody = ZTaskTagsSchema.omit({ id: true }).extend({ version: ZApiVersion });

export const setTaskIndicatorCodesEndpoint = defineEndpoint({
  operationId: "setTaskIndicatorCodes",
  method: "put",
  path: "/tasks/{id}/indicator-codes",
  tag: "tasks",
  summary: "设置任务的指标标签",
  description:
    "Replaces the task's indicator tags (FRAMEWORK:CODE, e.g. 1211:A2; a bare code when one framework alone uses it) at the version the caller saw. An unknown or ambiguous code is refused with 422, its detail naming the code; nothing is written.",
  auth: "signed_in",
  params: ZIdParams,
  body: ZTaskTagsBody,
  success: { status: 200, description: "The task with its new tags", schema: ZApiTask },
  errors: [401, 403, 404, 409, 422],
});

/** The list filter `?indicator=`, shared with GET /tasks. */
export const ZIndicatorFilter = ZIndicatorCode.meta({
  description: "Tasks tagged with this indicator or one under it (FRAMEWORK:CODE, or a bare code in any framework)",
  example: "1211:A2",
});
