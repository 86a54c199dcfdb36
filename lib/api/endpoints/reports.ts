import { z } from "@/lib/validation/zod";
import { DOCX_MEDIA_TYPE } from "@/lib/documents/docx-media-type";
import { defineEndpoint } from "../endpoint";
import { ZIdParams } from "../schemas/common";
import { ZApiAnnualReport, ZApiMonthlyCircular, ZApiPlanList } from "../schemas/reports";
import { ZMonthlyCircularSchema } from "@/lib/validation/notices";
import { ZRolloverBody } from "@/lib/validation/rollover";
import { ZApiRollover } from "../schemas/rollover";

const TAG = "reports";

export const listPlansEndpoint = defineEndpoint({
  operationId: "listPlans",
  method: "get",
  path: "/plans",
  tag: TAG,
  summary: "工作方案列表",
  description: "For roles that see every department (leader, supervisor, admin), newest year first.",
  auth: "signed_in",
  success: { status: 200, description: "The plans", schema: ZApiPlanList },
  errors: [401, 403],
});

export const ZAnnualReportQuery = z
  .object({ format: z.enum(["json", "docx"]).optional().meta({ description: "docx: the Word file (as does Accept: " + DOCX_MEDIA_TYPE + ")" }) })
  .strict();

export const annualReportEndpoint = defineEndpoint({
  operationId: "getAnnualReport",
  method: "get",
  path: "/plans/{id}/annual-report",
  tag: TAG,
  summary: "年度报告草稿（JSON 或 .docx）",
  description:
    "The draft of the plan year's 法治政府建设情况的报告, generated from its tasks by fixed templates (the same data gives the same text), with the author's saved edits. Each paragraph names the tasks it came from. For leader, supervisor and admin.",
  auth: "signed_in",
  params: ZIdParams,
  query: ZAnnualReportQuery,
  success: { status: 200, description: "The draft as paragraphs", schema: ZApiAnnualReport },
  alternate: { mediaType: DOCX_MEDIA_TYPE, description: "or the Word file in GB/T 9704 layout (?format=docx, or Accept)" },
  errors: [401, 403, 404, 422],
});

export const monthlyCircularEndpoint = defineEndpoint({
  operationId: "draftMonthlyCircular",
  method: "post",
  path: "/circulars/monthly",
  tag: TAG,
  summary: "生成月度通报（草稿）",
  description:
    "Counts the month per lead department (tasks due, completed on time, overdue with days, returned, notices unanswered; units with nothing due are not ranked) and records a draft circular notice to review, number and issue. For supervisor and admin.",
  auth: "signed_in",
  body: ZMonthlyCircularSchema,
  success: { status: 201, description: "The draft circular and the month's figures", schema: ZApiMonthlyCircular },
  errors: [401, 403, 422],
});

export const rolloverEndpoint = defineEndpoint({
  operationId: "rolloverPlan",
  method: "post",
  path: "/plans/{id}/rollover",
  tag: TAG,
  summary: "年度结转",
  description:
    "Carries the plan's unfinished tasks (draft, assigned, in_progress, submitted) into `targetYear`'s plan — created with a copy of the goal tree when there is none — as new tasks linked to the old ones, which close as carried_over and keep their due date. `tasks` chooses a subset, each at the version read (a task changed since: 409 and nothing moves) and optionally with its new due date (default: the same day in the target year). Tasks already carried or finished are skipped, so a second call moves nothing. `dryRun`: the preview, nothing written. For supervisor and admin.",
  auth: "signed_in",
  params: ZIdParams,
  body: ZRolloverBody,
  success: { status: 200, description: "What moved (or would move) and what was skipped", schema: ZApiRollover },
  errors: [401, 403, 404, 409, 422],
});
