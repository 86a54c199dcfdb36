import { ZDiscardCompletionSchema, ZPrepareCompletionSchema, ZSubmitPreparedSchema } from "@/lib/validation/completion-drafts";
import { defineEndpoint } from "../endpoint";
import { ZApiVersion, ZIdParams } from "../schemas/common";
import { ZApiTask } from "../schemas/tasks";

// A 联络员's prepared 办结申请 and the head's one click (docs/product.md, Task lifecycle). Evidence
// files are uploaded through the web page; over the API a draft carries its note, like a progress report.

export const ZPrepareCompletionBody = ZPrepareCompletionSchema.omit({ id: true, attachmentIds: true }).extend({ version: ZApiVersion });

export const prepareCompletionEndpoint = defineEndpoint({
  operationId: "prepareCompletion",
  method: "post",
  path: "/tasks/{id}/completion-draft",
  tag: "tasks",
  summary: "准备办结申请（联络员；再次准备即替换）",
  description: "The lead department's officer prepares the completion note for the head to submit; preparing again replaces the open draft. Refused when 申请办结 would be (status, no progress report, pending extension request).",
  auth: "signed_in",
  params: ZIdParams,
  body: ZPrepareCompletionBody,
  success: { status: 200, description: "The task, at its new version", schema: ZApiTask },
  errors: [401, 403, 404, 409, 422],
});

export const ZSubmitPreparedBody = ZSubmitPreparedSchema.omit({ id: true }).extend({ version: ZApiVersion });

export const submitPreparedCompletionEndpoint = defineEndpoint({
  operationId: "submitPreparedCompletion",
  method: "post",
  path: "/tasks/{id}/completion-draft/submit",
  tag: "tasks",
  summary: "一键提交准备好的办结申请（单位负责人）",
  description: "申请办结 with the prepared note and evidence: the same rules as POST /tasks/{id}/transitions with action submit.",
  auth: "signed_in",
  params: ZIdParams,
  body: ZSubmitPreparedBody,
  success: { status: 200, description: "The task, submitted for review", schema: ZApiTask },
  errors: [401, 403, 404, 409, 422],
});

export const ZDiscardCompletionBody = ZDiscardCompletionSchema.omit({ id: true }).extend({ version: ZApiVersion });

export const discardCompletionEndpoint = defineEndpoint({
  operationId: "discardCompletion",
  method: "post",
  path: "/tasks/{id}/completion-draft/discard",
  tag: "tasks",
  summary: "退回或撤回准备好的办结申请",
  description: "The head returns the prepared draft (the reason goes to its preparer), or an officer of the department withdraws it.",
  auth: "signed_in",
  params: ZIdParams,
  body: ZDiscardCompletionBody,
  success: { status: 200, description: "The task, at its new version", schema: ZApiTask },
  errors: [401, 403, 404, 409, 422],
});
