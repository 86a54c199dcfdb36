import { ZNoticeIssueSchema, ZNoticeRespondSchema } from "@/lib/validation/notices";
import { z } from "@/lib/validation/zod";
import { defineEndpoint } from "../endpoint";
import { ZApiVersion, ZIdParams } from "../schemas/common";
import { ZApiNotice } from "../schemas/notices";

const TAG = "notices";

/** Sign and close carry no data; a version may be given to refuse acting on a notice that changed meanwhile. */
export const ZNoticeActBody = z.object({ version: ZApiVersion.optional() }).strict();
export const ZNoticeRespondBody = ZNoticeRespondSchema.omit({ id: true, version: true, attachmentIds: true }).extend({ version: ZApiVersion.optional() });

export const issueNoticeEndpoint = defineEndpoint({
  operationId: "issueNotice",
  method: "post",
  path: "/notices",
  tag: TAG,
  summary: "发出督办通知",
  description: "Numbered gap-free per issuer and year. A circular goes to every department and needs no departmentId or responseDueDate.",
  auth: "signed_in",
  body: ZNoticeIssueSchema,
  success: { status: 201, description: "The issued notice", schema: ZApiNotice },
  errors: [401, 403, 422],
});

const act = <B extends z.ZodType>(operationId: string, action: "sign" | "respond" | "close", summary: string, body: B) =>
  defineEndpoint({
    // docs/product.md: actions without a documented body accept an empty body, `{}` or none.
    bodyOptional: action !== "respond",
    operationId,
    method: "post",
    path: `/notices/{id}/${action}`,
    tag: TAG,
    summary,
    auth: "signed_in",
    params: ZIdParams,
    body,
    success: { status: 200, description: "The notice after the action", schema: ZApiNotice },
    errors: [401, 403, 404, 409, 422],
  });

export const signNoticeEndpoint = act("signNotice", "sign", "签收通知", ZNoticeActBody);
export const respondNoticeEndpoint = act("respondNotice", "respond", "反馈通知", ZNoticeRespondBody);
export const closeNoticeEndpoint = act("closeNotice", "close", "办结通知", ZNoticeActBody);
