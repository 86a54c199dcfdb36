import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { indicatorFrameworks, plans } from "@/db/schema";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { signNotice, respondToNotice } from "@/lib/services/notices/act-on-notice";
import { prepareCompletion } from "@/lib/services/tasks/prepare-completion";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { requestExtension } from "@/lib/services/tasks/request-extension";
import { createUser } from "@/lib/services/users/create-user";
import { ZUserCreateSchema } from "@/lib/validation/users";
import { tokenFor, type TApiRequest } from "../support/api-client";
import { API, call, type TApiName } from "../support/api-routes";
import { actorFor, departmentId, seedDemoData } from "../support/fixtures";
import { makeNotice } from "../support/notice-fixtures";
import { makeTask } from "../support/task-fixtures";

// Who calls: the three roles that see everything, and a head and an officer
// of the task's lead department (区司法局) and of another one (区市场监督管理局).
const CALLERS = {
  admin: "admin",
  supervisor: "supervisor",
  leader: "leader",
  head: "sfj_head",
  officer: "sfj_officer",
  otherHead: "scj_head",
  otherOfficer: "scj_officer",
} as const;
type TCaller = keyof typeof CALLERS;

type TRow = { label: string; api: TApiName; prepare: (account: string) => Promise<TApiRequest>; expected: [number, number, number, number, number, number, number] };

const task = async (status: Parameters<typeof makeTask>[0]) => (await makeTask(status)).id;
const transition = (action: string, status: Parameters<typeof makeTask>[0]) => async () => {
  const made = await makeTask(status);
  return { params: { id: made.id }, body: { action, reason: "理由", version: made.version } };
};
const noticeIn = async (stage: "issued" | "signed" | "responded") => {
  const notice = await makeNotice([await task("assigned")]);
  const head = await actorFor("sfj_head");
  if (stage === "issued") return notice;
  const signed = await signNotice(head, { id: notice.id, version: notice.version });
  if (stage === "signed") return signed;
  return respondToNotice(head, { id: notice.id, version: signed.version, content: "已整改。", attachmentIds: [] });
};

/** In progress with a progress report (申请办结 is possible), and with a prepared 办结申请 when asked. */
const readyForCompletion = async (prepared: boolean) => {
  const made = await makeTask("in_progress");
  const officer = await actorFor("sfj_officer");
  let { task } = await reportProgress(officer, { id: made.id, version: made.version, percent: 100, note: "已完成", attachmentIds: [] });
  if (prepared) ({ task } = await prepareCompletion(officer, { id: task.id, version: task.version, note: "已完成全部整改", attachmentIds: [] }));
  return task;
};
const completionDraft = (prepared: boolean, extra: Record<string, unknown> = {}) => async () => {
  const task = await readyForCompletion(prepared);
  return { params: { id: task.id }, body: { version: task.version, ...extra } };
};

const demoPlanId = async () => (await (await getDb()).select({ id: plans.id }).from(plans).limit(1))[0]!.id;

//                                                admin supervisor leader head officer otherHead otherOfficer
const ROWS: TRow[] = [
  { label: "POST /auth/token (own password)", api: "issueToken", prepare: async (login) => ({ body: { login, password: "Demo#2026" } }), expected: [200, 200, 200, 200, 200, 200, 200] },
  { label: "GET /me", api: "getMe", prepare: async () => ({}), expected: [200, 200, 200, 200, 200, 200, 200] },
  { label: "GET /departments", api: "listDepartments", prepare: async () => ({}), expected: [200, 200, 200, 200, 200, 200, 200] },
  { label: "GET /tasks", api: "listTasks", prepare: async () => ({}), expected: [200, 200, 200, 200, 200, 200, 200] },
  {
    label: "POST /tasks",
    api: "createTask",
    prepare: async () => ({ body: { title: "矩阵任务", leadDepartmentId: await departmentId("区司法局"), dueDate: "2099-12-31" } }),
    expected: [201, 201, 403, 403, 403, 403, 403],
  },
  { label: "GET /tasks/{id} (draft)", api: "getTask", prepare: async () => ({ params: { id: await task("draft") } }), expected: [200, 200, 200, 404, 404, 404, 404] },
  { label: "GET /tasks/{id} (assigned)", api: "getTask", prepare: async () => ({ params: { id: await task("assigned") } }), expected: [200, 200, 200, 200, 200, 404, 404] },
  { label: "transition publish", api: "transitionTask", prepare: transition("publish", "draft"), expected: [200, 200, 403, 404, 404, 404, 404] },
  { label: "transition accept", api: "transitionTask", prepare: transition("accept", "assigned"), expected: [403, 403, 403, 200, 200, 404, 404] },
  { label: "transition decline", api: "transitionTask", prepare: transition("decline", "assigned"), expected: [403, 403, 403, 200, 403, 404, 404] },
  { label: "transition submit", api: "transitionTask", prepare: async () => {
      // in progress with one progress report: what submit needs
      const made = await makeTask("in_progress");
      const reported = await call("reportProgress", await tokenFor("sfj_officer"), { params: { id: made.id }, body: { percent: 90, note: "基本完成", version: made.version } });
      return { params: { id: made.id }, body: { action: "submit", reason: "已完成", version: reported.json.version } };
    }, expected: [403, 403, 403, 200, 403, 404, 404] },
  { label: "transition approve", api: "transitionTask", prepare: transition("approve", "submitted"), expected: [200, 200, 403, 403, 403, 404, 404] },
  { label: "transition reject", api: "transitionTask", prepare: transition("reject", "submitted"), expected: [200, 200, 403, 403, 403, 404, 404] },
  { label: "transition reopen", api: "transitionTask", prepare: transition("reopen", "completed"), expected: [200, 200, 403, 403, 403, 404, 404] },
  { label: "transition cancel", api: "transitionTask", prepare: transition("cancel", "assigned"), expected: [200, 200, 403, 403, 403, 404, 404] },
  {
    label: "PUT /tasks/{id}/indicator-codes",
    api: "setTaskIndicatorCodes",
    prepare: async () => {
      const made = await makeTask("assigned");
      return { params: { id: made.id }, body: { indicatorCodes: ["1211:A2"], version: made.version } };
    },
    expected: [200, 200, 403, 403, 403, 403, 403],
  },
  {
    label: "POST /tasks/{id}/progress",
    api: "reportProgress",
    prepare: async () => {
      const made = await makeTask("in_progress");
      return { params: { id: made.id }, body: { percent: 50, note: "进展", version: made.version } };
    },
    expected: [403, 403, 403, 200, 200, 404, 404],
  },
  { label: "POST /tasks/{id}/completion-draft", api: "prepareCompletion", prepare: completionDraft(false, { note: "已完成全部整改" }), expected: [403, 403, 403, 403, 200, 403, 404] },
  { label: "POST /tasks/{id}/completion-draft/submit", api: "submitPreparedCompletion", prepare: completionDraft(true), expected: [403, 403, 403, 200, 403, 404, 403] },
  { label: "POST /tasks/{id}/completion-draft/discard", api: "discardCompletion", prepare: completionDraft(true, { reason: "请补充材料" }), expected: [403, 403, 403, 200, 200, 404, 404] },
  {
    label: "POST /tasks/{id}/extension-requests",
    api: "requestExtension",
    prepare: async () => ({ params: { id: await task("in_progress") }, body: { requestedDueDate: "2100-06-30", reason: "需延期" } }),
    expected: [403, 403, 403, 201, 403, 404, 403],
  },
  {
    label: "POST /extension-requests/{id}/decision",
    api: "decideExtension",
    prepare: async () => {
      const made = await makeTask("in_progress");
      const asked = await requestExtension(await actorFor("sfj_head"), { id: made.id, version: made.version, requestedDueDate: "2100-06-30", reason: "需延期" });
      return { params: { id: asked.id }, body: { approve: true } };
    },
    expected: [200, 200, 403, 403, 403, 403, 403],
  },
  {
    label: "POST /notices",
    api: "issueNotice",
    prepare: async () => ({ body: { kind: "urge", departmentId: await departmentId("区司法局"), taskIds: [await task("assigned")], content: "请反馈。", responseDueDate: "2099-01-31" } }),
    expected: [201, 201, 403, 403, 403, 403, 403],
  },
  { label: "POST /notices/{id}/sign", api: "signNotice", prepare: async () => ({ params: { id: (await noticeIn("issued")).id }, body: {} }), expected: [403, 403, 403, 200, 403, 404, 404] },
  {
    label: "POST /notices/{id}/respond",
    api: "respondNotice",
    prepare: async () => ({ params: { id: (await noticeIn("signed")).id }, body: { content: "已整改完毕。" } }),
    expected: [403, 403, 403, 200, 403, 404, 404],
  },
  { label: "POST /notices/{id}/close", api: "closeNotice", prepare: async () => ({ params: { id: (await noticeIn("responded")).id }, body: {} }), expected: [200, 200, 403, 403, 403, 404, 404] },
  { label: "GET /dashboard/overview", api: "getDashboard", prepare: async () => ({}), expected: [200, 200, 200, 403, 403, 403, 403] },
  { label: "GET /plans", api: "listPlans", prepare: async () => ({}), expected: [200, 200, 200, 403, 403, 403, 403] },
  { label: "GET /indicator-frameworks", api: "listIndicatorFrameworks", prepare: async () => ({}), expected: [200, 200, 200, 200, 200, 200, 200] },
  {
    label: "GET /indicator-frameworks/{id}",
    api: "getIndicatorFramework",
    prepare: async () => {
      const db = await getDb();
      const [framework] = await db.select({ id: indicatorFrameworks.id }).from(indicatorFrameworks);
      return { params: { id: framework!.id } };
    },
    expected: [200, 200, 200, 200, 200, 200, 200],
  },
  { label: "GET /plans/{id}/annual-report", api: "getAnnualReport", prepare: async () => ({ params: { id: await demoPlanId() } }), expected: [200, 200, 200, 403, 403, 403, 403] },
  { label: "POST /circulars/monthly", api: "draftMonthlyCircular", prepare: async () => ({ body: { month: "2026-01" } }), expected: [201, 201, 403, 403, 403, 403, 403] },
  { label: "POST /plans/{id}/rollover (dryRun)", api: "rolloverPlan", prepare: async () => ({ params: { id: await demoPlanId() }, body: { targetYear: 2023, dryRun: true } }), expected: [200, 200, 403, 403, 403, 403, 403] },
  { label: "POST /imports/parse", api: "parseImport", prepare: async () => ({ body: { text: "一、深化改革\n（一）推行公示制度。" } }), expected: [200, 200, 403, 403, 403, 403, 403] },
];

const tokens = {} as Record<TCaller, { token: string }>;

beforeAll(async () => {
  await seedDemoData();
  await createUser(
    await actorFor("admin"),
    ZUserCreateSchema.parse({ account: "scj_head", name: "市场监管局负责人", roles: ["dept_head"], departmentId: await departmentId("区市场监督管理局"), password: "Other#2026" }),
  );
  for (const [caller, account] of Object.entries(CALLERS)) tokens[caller as TCaller] = await tokenFor(account, account === "scj_head" ? "Other#2026" : undefined);
});

describe("authorization matrix: every endpoint × role × own or other department", () => {
  it("covers every endpoint of the API", () => {
    const covered = new Set(ROWS.map((row) => API[row.api].endpoint.operationId));
    expect(API_ENDPOINTS.map((e) => e.operationId).filter((id) => !covered.has(id))).toEqual([]);
  });

  it("answers 401 on every signed-in endpoint without credentials, with a bad token or a bad cookie", async () => {
    const unexpected: string[] = [];
    const anyId = { id: crypto.randomUUID() };
    for (const [name, { endpoint }] of Object.entries(API)) {
      if (endpoint.auth === "public") continue;
      for (const credentials of [null, { token: "ddt_forged" }, { cookie: "next-auth.session-token=forged" }]) {
        const { status } = await call(name as TApiName, credentials, { params: anyId, body: endpoint.body ? {} : undefined });
        if (status !== 401) unexpected.push(`${endpoint.operationId} with ${JSON.stringify(credentials)}: ${status}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it("answers exactly the expected status in every cell (no unexpected allow, no unexpected refusal)", async () => {
    const mismatches: string[] = [];
    const callers = Object.keys(CALLERS) as TCaller[];
    for (const row of ROWS) {
      // A refusal changes nothing, so the callers expected to be refused share one fixture;
      // each caller expected to succeed gets a fresh one. (An unexpected allow still fails this test.)
      let shared: TApiRequest | undefined;
      for (const [i, caller] of callers.entries()) {
        const isAllowed = row.expected[i]! < 300;
        const request = isAllowed || row.api === "issueToken" ? await row.prepare(CALLERS[caller]) : (shared ??= await row.prepare(CALLERS[caller]));
        if (row.api === "issueToken" && caller === "otherHead") request.body = { login: "scj_head", password: "Other#2026" };
        const { status } = await call(row.api, row.api === "issueToken" ? null : tokens[caller], request);
        if (status !== row.expected[i]) mismatches.push(`${row.label} × ${caller}: expected ${row.expected[i]}, got ${status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
