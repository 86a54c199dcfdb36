import { text } from "@/lib/validation/common";
import { ZApiParsedPlan } from "../schemas/imports";
import { ZParsePlanTextSchema } from "@/lib/validation/imports";
import { z } from "@/lib/validation/zod";
import { defineEndpoint } from "../endpoint";
import { ZApiDashboardOverview } from "../schemas/dashboard";
import { ZApiDepartmentList, ZApiMe, ZApiToken } from "../schemas/people";

export const ZTokenBody = z
  .object({
    login: text().trim().min(1).max(100).meta({ description: "Account name or phone number" }),
    password: text().min(1).max(200),
  })
  .strict();

export const issueTokenEndpoint = defineEndpoint({
  operationId: "issueToken",
  method: "post",
  path: "/auth/token",
  tag: "auth",
  summary: "用账号（或手机号）和密码换取访问令牌",
  description: "Send the token as `Authorization: Bearer …`. Wrong credentials and a locked account answer the same 401; a pending or disabled account answers 401 too. Repeated failures lock the account as on the sign-in page; too many attempts from one address or on one account answer 429 with Retry-After.",
  auth: "public",
  body: ZTokenBody,
  success: { status: 200, description: "A bearer token", schema: ZApiToken },
  errors: [401, 422],
});

export const getMeEndpoint = defineEndpoint({
  operationId: "getMe",
  method: "get",
  path: "/me",
  tag: "auth",
  summary: "当前用户",
  auth: "signed_in",
  success: { status: 200, description: "The caller", schema: ZApiMe },
  errors: [401],
});

export const listDepartmentsEndpoint = defineEndpoint({
  operationId: "listDepartments",
  method: "get",
  path: "/departments",
  tag: "departments",
  summary: "单位列表（启用的单位）",
  auth: "signed_in",
  success: { status: 200, description: "Active departments in their configured order", schema: ZApiDepartmentList },
  errors: [401],
});

export const dashboardOverviewEndpoint = defineEndpoint({
  operationId: "getDashboardOverview",
  method: "get",
  path: "/dashboard/overview",
  tag: "dashboard",
  summary: "驾驶舱总览：总数、红黄绿灯、各单位排名",
  description: "For roles that see every department (leader, supervisor, admin).",
  auth: "signed_in",
  success: { status: 200, description: "Totals, warning counts and per-department rows", schema: ZApiDashboardOverview },
  errors: [401, 403],
});

export const ZParseBody = ZParsePlanTextSchema.extend({
  year: z.number().int().min(2000).max(2100).nullish().meta({ description: "Plan year for relative due dates (6月底); default: the title's year" }),
});

export const parseImportEndpoint = defineEndpoint({
  operationId: "parseImport",
  method: "post",
  path: "/imports/parse",
  tag: "imports",
  summary: "解析工作方案文本为条目树（不保存）",
  auth: "signed_in",
  body: ZParseBody,
  success: { status: 200, description: "The parsed tree for review", schema: ZApiParsedPlan },
  errors: [401, 403, 422],
});
