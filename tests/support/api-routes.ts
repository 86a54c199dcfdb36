// The route handlers of /api/v1 beside the endpoint each one serves, for tests.
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { GET as getDashboard } from "@/app/api/v1/dashboard/overview/route";
import { GET as listDepartments } from "@/app/api/v1/departments/route";
import { POST as decideExtension } from "@/app/api/v1/extension-requests/[id]/decision/route";
import { POST as parseImport } from "@/app/api/v1/imports/parse/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { POST as closeNotice } from "@/app/api/v1/notices/[id]/close/route";
import { POST as respondNotice } from "@/app/api/v1/notices/[id]/respond/route";
import { POST as signNotice } from "@/app/api/v1/notices/[id]/sign/route";
import { POST as issueNotice } from "@/app/api/v1/notices/route";
import { POST as requestExtension } from "@/app/api/v1/tasks/[id]/extension-requests/route";
import { POST as reportProgress } from "@/app/api/v1/tasks/[id]/progress/route";
import { GET as getTask } from "@/app/api/v1/tasks/[id]/route";
import { POST as transitionTask } from "@/app/api/v1/tasks/[id]/transitions/route";
import { GET as listTasks, POST as createTask } from "@/app/api/v1/tasks/route";
import { GET as getAnnualReport } from "@/app/api/v1/plans/[id]/annual-report/route";
import { GET as listPlans } from "@/app/api/v1/plans/route";
import { annualReportEndpoint, listPlansEndpoint, monthlyCircularEndpoint, rolloverEndpoint } from "@/lib/api/endpoints/reports";
import { POST as rolloverPlan } from "@/app/api/v1/plans/[id]/rollover/route";
import { PUT as setTaskIndicatorCodes } from "@/app/api/v1/tasks/[id]/indicator-codes/route";
import { setTaskIndicatorCodesEndpoint } from "@/lib/api/endpoints/indicator-tags";
import { POST as draftMonthlyCircular } from "@/app/api/v1/circulars/monthly/route";
import { dashboardOverviewEndpoint, getMeEndpoint, issueTokenEndpoint, listDepartmentsEndpoint, parseImportEndpoint } from "@/lib/api/endpoints/general";
import { closeNoticeEndpoint, issueNoticeEndpoint, respondNoticeEndpoint, signNoticeEndpoint } from "@/lib/api/endpoints/notices";
import {
  createTaskEndpoint,
  decideExtensionEndpoint,
  getTaskEndpoint,
  listTasksEndpoint,
  reportProgressEndpoint,
  requestExtensionEndpoint,
  transitionTaskEndpoint,
} from "@/lib/api/endpoints/tasks";
import { GET as listIndicatorFrameworks } from "@/app/api/v1/indicator-frameworks/route";
import { GET as getIndicatorFramework } from "@/app/api/v1/indicator-frameworks/[id]/route";
import { getIndicatorFrameworkEndpoint, listIndicatorFrameworksEndpoint } from "@/lib/api/endpoints/indicators";
import { POST as prepareCompletion } from "@/app/api/v1/tasks/[id]/completion-draft/route";
import { POST as submitPreparedCompletion } from "@/app/api/v1/tasks/[id]/completion-draft/submit/route";
import { POST as discardCompletion } from "@/app/api/v1/tasks/[id]/completion-draft/discard/route";
import { discardCompletionEndpoint, prepareCompletionEndpoint, submitPreparedCompletionEndpoint } from "@/lib/api/endpoints/completion-drafts";
import type { TApiEndpoint } from "@/lib/api/endpoint";
import { callApi, type TApiRequest, type TCredentials } from "./api-client";

const pair = (endpoint: unknown, handler: unknown) => ({ endpoint: endpoint as TApiEndpoint, handler: handler as Parameters<typeof callApi>[1] });

export const API = {
  issueToken: pair(issueTokenEndpoint, issueToken),
  getMe: pair(getMeEndpoint, getMe),
  listDepartments: pair(listDepartmentsEndpoint, listDepartments),
  listTasks: pair(listTasksEndpoint, listTasks),
  createTask: pair(createTaskEndpoint, createTask),
  getTask: pair(getTaskEndpoint, getTask),
  transitionTask: pair(transitionTaskEndpoint, transitionTask),
  reportProgress: pair(reportProgressEndpoint, reportProgress),
  prepareCompletion: pair(prepareCompletionEndpoint, prepareCompletion),
  submitPreparedCompletion: pair(submitPreparedCompletionEndpoint, submitPreparedCompletion),
  discardCompletion: pair(discardCompletionEndpoint, discardCompletion),
  requestExtension: pair(requestExtensionEndpoint, requestExtension),
  decideExtension: pair(decideExtensionEndpoint, decideExtension),
  issueNotice: pair(issueNoticeEndpoint, issueNotice),
  signNotice: pair(signNoticeEndpoint, signNotice),
  respondNotice: pair(respondNoticeEndpoint, respondNotice),
  closeNotice: pair(closeNoticeEndpoint, closeNotice),
  getDashboard: pair(dashboardOverviewEndpoint, getDashboard),
  parseImport: pair(parseImportEndpoint, parseImport),
  listPlans: pair(listPlansEndpoint, listPlans),
  getAnnualReport: pair(annualReportEndpoint, getAnnualReport),
  draftMonthlyCircular: pair(monthlyCircularEndpoint, draftMonthlyCircular),
  rolloverPlan: pair(rolloverEndpoint, rolloverPlan),
  listIndicatorFrameworks: pair(listIndicatorFrameworksEndpoint, listIndicatorFrameworks),
  getIndicatorFramework: pair(getIndicatorFrameworkEndpoint, getIndicatorFramework),
  setTaskIndicatorCodes: pair(setTaskIndicatorCodesEndpoint, setTaskIndicatorCodes),
};

export type TApiName = keyof typeof API;

export function call(name: TApiName, credentials: TCredentials, request: TApiRequest = {}) {
  return callApi(API[name].endpoint, API[name].handler, credentials, request);
}
