import type { TApiEndpoint } from "../endpoint";
import { dashboardOverviewEndpoint, getMeEndpoint, issueTokenEndpoint, listDepartmentsEndpoint, parseImportEndpoint } from "./general";
import { annualReportEndpoint, listPlansEndpoint, monthlyCircularEndpoint, rolloverEndpoint } from "./reports";
import { getIndicatorFrameworkEndpoint, listIndicatorFrameworksEndpoint } from "./indicators";
import { setTaskIndicatorCodesEndpoint } from "./indicator-tags";
import { discardCompletionEndpoint, prepareCompletionEndpoint, submitPreparedCompletionEndpoint } from "./completion-drafts";
import { closeNoticeEndpoint, issueNoticeEndpoint, respondNoticeEndpoint, signNoticeEndpoint } from "./notices";
import {
  createTaskEndpoint,
  decideExtensionEndpoint,
  getTaskEndpoint,
  listTasksEndpoint,
  reportProgressEndpoint,
  requestExtensionEndpoint,
  transitionTaskEndpoint,
} from "./tasks";

/** Every endpoint of docs/product.md's "Public REST API", in the order the reference shows them. */
export const API_ENDPOINTS: readonly TApiEndpoint[] = [
  issueTokenEndpoint,
  getMeEndpoint,
  listDepartmentsEndpoint,
  listTasksEndpoint,
  createTaskEndpoint,
  getTaskEndpoint,
  transitionTaskEndpoint,
  setTaskIndicatorCodesEndpoint,
  reportProgressEndpoint,
  prepareCompletionEndpoint,
  submitPreparedCompletionEndpoint,
  discardCompletionEndpoint,
  requestExtensionEndpoint,
  decideExtensionEndpoint,
  issueNoticeEndpoint,
  signNoticeEndpoint,
  respondNoticeEndpoint,
  closeNoticeEndpoint,
  dashboardOverviewEndpoint,
  parseImportEndpoint,
  listPlansEndpoint,
  annualReportEndpoint,
  monthlyCircularEndpoint,
  rolloverEndpoint,
  listIndicatorFrameworksEndpoint,
  getIndicatorFrameworkEndpoint,
] as unknown as readonly TApiEndpoint[];

export const API_TAGS = [
  { name: "auth", description: "令牌与当前用户" },
  { name: "departments", description: "单位" },
  { name: "tasks", description: "任务" },
  { name: "notices", description: "督办通知" },
  { name: "dashboard", description: "驾驶舱" },
  { name: "imports", description: "文档导入" },
  { name: "reports", description: "工作方案、年度报告、月度通报与年度结转" },
  { name: "indicators", description: "指标体系" },
] as const;
