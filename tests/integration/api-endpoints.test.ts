import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, extensionRequests, tasks } from "@/db/schema";
import { tokenFor } from "../support/api-client";
import { call } from "../support/api-routes";
import { departmentId, seedDemoData } from "../support/fixtures";
import { makeNotice } from "../support/notice-fixtures";
import { makeTask } from "../support/task-fixtures";

let supervisor: { token: string };
let leader: { token: string };
let head: { token: string };
let officer: { token: string };
let otherOfficer: { token: string };
let sfj: string;

async function counts() {
  const db = await getDb();
  const [t] = await db.select({ n: count() }).from(tasks);
  const [a] = await db.select({ n: count() }).from(auditEvents);
  return { tasks: Number(t!.n), audit: Number(a!.n) };
}

beforeAll(async () => {
  await seedDemoData();
  supervisor = await tokenFor("supervisor");
  leader = await tokenFor("leader");
  head = await tokenFor("sfj_head");
  officer = await tokenFor("sfj_officer");
  otherOfficer = await tokenFor("scj_officer");
  sfj = await departmentId("区司法局");
});

describe("POST /auth/token", () => {
  it("answers a token for account or phone, usable as a bearer", async () => {
    const ok = await call("issueToken", null, { body: { login: "sfj_head", password: "Demo#2026" } });
    expect(ok.status).toBe(200);
    expect(ok.json.user).toMatchObject({ login: "sfj_head", roles: ["dept_head"], departmentId: sfj });
    const me = await call("getMe", { token: ok.json.token as string });
    expect(me.json).toMatchObject({ login: "sfj_head" });
    expect((await call("issueToken", null, { body: { login: "13800000005", password: "Demo#2026" } })).json.user).toMatchObject({ login: "sfj_officer" });
  });

  it("refuses wrong credentials with one 401, a locked account alike, and checks the body", async () => {
    const unknown = await call("issueToken", null, { body: { login: "nobody", password: "Demo#2026" } });
    const wrong = await call("issueToken", null, { body: { login: "leader", password: "Wrong#2026" } });
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(wrong.json).toEqual(unknown.json);
    for (let i = 0; i < 5; i++) await call("issueToken", null, { body: { login: "leader", password: "Wrong#2026" } });
    const locked = await call("issueToken", null, { body: { login: "leader", password: "Demo#2026" } });
    expect(locked.status).toBe(401);
    expect(locked.json).toEqual(unknown.json);
    expect((await call("issueToken", null, { body: { login: "leader" } })).status).toBe(422);
    expect((await call("issueToken", null, { body: "{login:" })).status).toBe(400);
  });
});

describe("GET /me and /departments", () => {
  it("names the caller and lists the active departments; no or a bad token is 401", async () => {
    expect((await call("getMe", officer)).json).toMatchObject({ login: "sfj_officer", roles: ["dept_officer"], departmentId: sfj });
    const list = await call("listDepartments", officer);
    expect(list.json.items.map((d: { name: string }) => d.name)).toContain("区市场监督管理局");
    const anonymous = await call("getMe", null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await call("getMe", { token: "ddt_forged" })).status).toBe(401);
    expect((await call("listDepartments", { token: "" })).status).toBe(401);
  });

  it("speaks English when Accept-Language prefers it", async () => {
    const zh = await call("getMe", null);
    const en = await call("getMe", null, { headers: { "accept-language": "en-US,en;q=0.9,zh-CN;q=0.5" } });
    expect(zh.json.detail).toMatch(/[\u4e00-\u9fff]/);
    expect(en.json.detail).not.toMatch(/[\u4e00-\u9fff]/);
    const invalid = await call("createTask", supervisor, { body: { title: "" }, headers: { "accept-language": "en" } });
    expect(invalid.status).toBe(422);
    expect(invalid.json.errors.map((e: { path: string; message: string }) => [e.path, e.message])).toEqual(expect.arrayContaining([["title", "Required"]]));
  });
});

describe("POST /tasks and GET /tasks/{id}", () => {
  it("creates a draft (201) that only the supervisors see until it is published", async () => {
    const created = await call("createTask", supervisor, {
      body: {
        title: "推行行政执法公示制度",
        leadDepartmentId: sfj,
        dueDate: "2099-06-30",
        milestones: [{ title: "制定方案", dueDate: "2099-03-31" }],
        indicators: [{ name: "公示率", unit: "%", target: 100 }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: "draft", version: 1, leadDepartmentId: sfj, dueDate: "2099-06-30", warning: "green" });
    expect(created.json.indicators[0]).toMatchObject({ name: "公示率", target: 100, actual: null });
    const id = created.json.id as string;
    expect((await call("getTask", leader, { params: { id } })).status).toBe(200);
    expect((await call("getTask", head, { params: { id } })).status).toBe(404);
    expect((await call("getTask", head, { params: { id: "not-a-uuid" } })).status).toBe(404);
  });

  it("refuses a department user (403) and a due date before the start (422), changing nothing", async () => {
    const before = await counts();
    expect((await call("createTask", head, { body: { title: "x", leadDepartmentId: sfj, dueDate: "2099-01-01" } })).status).toBe(403);
    const invalid = await call("createTask", supervisor, { body: { title: "x", leadDepartmentId: sfj, startDate: "2099-02-01", dueDate: "2099-01-01" } });
    expect(invalid.status).toBe(422);
    expect(invalid.json.errors).toEqual([{ path: "dueDate", message: expect.any(String) }]);
    expect(await counts()).toEqual(before);
  });

  it("shows a task with its timeline, newest first", async () => {
    const task = await makeTask("in_progress");
    const detail = await call("getTask", officer, { params: { id: task.id } });
    expect(detail.status).toBe(200);
    expect(detail.json).toMatchObject({ id: task.id, status: "in_progress", version: task.version });
    expect(detail.json.timeline.map((e: { action: string }) => e.action)).toEqual(["task.accept", "task.publish", "task.create"]);
    expect((await call("getTask", otherOfficer, { params: { id: task.id } })).status).toBe(404);
  });
});

describe("POST /tasks/{id}/transitions and /progress", () => {
  it("runs the workflow: accept, report, submit, approve", async () => {
    const task = await makeTask("assigned");
    const accepted = await call("transitionTask", officer, { params: { id: task.id }, body: { action: "accept", version: task.version } });
    expect(accepted.json).toMatchObject({ status: "in_progress", version: task.version + 1 });
    const early = await call("transitionTask", head, { params: { id: task.id }, body: { action: "submit", reason: "已完成", version: accepted.json.version } });
    expect(early.status).toBe(422);
    expect(early.json.errors).toHaveLength(1);
    const reported = await call("reportProgress", officer, { params: { id: task.id }, body: { percent: 80, note: "已完成制度修订", version: accepted.json.version } });
    expect(reported.json).toMatchObject({ progress: 80, version: accepted.json.version + 1 });
    const submitted = await call("transitionTask", head, { params: { id: task.id }, body: { action: "submit", reason: "已完成", version: reported.json.version } });
    expect(submitted.json.status).toBe("submitted");
    const approved = await call("transitionTask", supervisor, { params: { id: task.id }, body: { action: "approve", version: submitted.json.version } });
    expect(approved.json).toMatchObject({ status: "completed", progress: 100, warning: "done" });
  });

  it("answers 409 for a stale version or a status that does not allow the action, 422 for a missing reason, 403 for the wrong role", async () => {
    const task = await makeTask("in_progress");
    const stale = await call("reportProgress", officer, { params: { id: task.id }, body: { percent: 10, note: "x", version: task.version - 1 } });
    expect(stale.status).toBe(409);
    const wrongStatus = await call("transitionTask", supervisor, { params: { id: task.id }, body: { action: "approve", version: task.version } });
    expect(wrongStatus.status).toBe(409);
    const noReason = await call("transitionTask", supervisor, { params: { id: task.id }, body: { action: "cancel", version: task.version } });
    expect(noReason.status).toBe(422);
    expect(noReason.json.errors[0].path).toBe("reason");
    expect((await call("transitionTask", leader, { params: { id: task.id }, body: { action: "cancel", reason: "x", version: task.version } })).status).toBe(403);
    expect((await call("reportProgress", supervisor, { params: { id: task.id }, body: { percent: 10, note: "x", version: task.version } })).status).toBe(403);
    expect((await call("reportProgress", otherOfficer, { params: { id: task.id }, body: { percent: 10, note: "x", version: task.version } })).status).toBe(404);
  });
});

describe("extension requests", () => {
  it("lets the lead head ask (201) and a supervisor decide (200), moving the due date", async () => {
    const task = await makeTask("in_progress");
    const asked = await call("requestExtension", head, { params: { id: task.id }, body: { requestedDueDate: "2100-03-31", reason: "需配合省级系统上线" } });
    expect(asked.status).toBe(201);
    expect(asked.json).toMatchObject({ status: "pending", currentDueDate: "2099-12-31", requestedDueDate: "2100-03-31" });
    const again = await call("requestExtension", head, { params: { id: task.id }, body: { requestedDueDate: "2100-04-30", reason: "再次" } });
    expect(again.status).toBe(409);
    const noReason = await call("decideExtension", supervisor, { params: { id: asked.json.id as string }, body: { approve: false } });
    expect(noReason.status).toBe(422);
    const decided = await call("decideExtension", supervisor, { params: { id: asked.json.id as string }, body: { approve: true } });
    expect(decided.json.request).toMatchObject({ status: "approved" });
    expect(decided.json.task).toMatchObject({ dueDate: "2100-03-31", originalDueDate: "2099-12-31" });
    expect((await call("decideExtension", supervisor, { params: { id: asked.json.id as string }, body: { approve: true } })).status).toBe(409);
    expect((await call("decideExtension", supervisor, { params: { id: crypto.randomUUID() }, body: { approve: true } })).status).toBe(404);
    const earlier = await call("requestExtension", head, { params: { id: task.id }, body: { requestedDueDate: "2000-01-01", reason: "x" } });
    expect(earlier.status).toBe(422);
    expect(earlier.json.errors[0].path).toBe("requestedDueDate");
  });

  it("refuses a stale version when one is given", async () => {
    const task = await makeTask("in_progress");
    const stale = await call("requestExtension", head, { params: { id: task.id }, body: { requestedDueDate: "2100-03-31", reason: "x", version: task.version + 5 } });
    expect(stale.status).toBe(409);
    const db = await getDb();
    expect(await db.$count(extensionRequests, eq(extensionRequests.taskId, task.id))).toBe(0);
  });
});

describe("notices", () => {
  it("issues (201), signs, answers and closes a notice", async () => {
    const task = await makeTask("in_progress");
    const issued = await call("issueNotice", supervisor, { body: { kind: "urge", departmentId: sfj, taskIds: [task.id], content: "请于月底前反馈。", responseDueDate: "2099-01-31" } });
    expect(issued.status).toBe(201);
    expect(issued.json).toMatchObject({ status: "issued", kind: "urge", departmentId: sfj, taskIds: [task.id] });
    expect(issued.json.number).toMatch(/〔\d{4}〕\d+号$/);
    const id = issued.json.id as string;
    expect((await call("signNotice", otherOfficer, { params: { id }, body: {} })).status).toBe(404);
    expect((await call("signNotice", officer, { params: { id }, body: {} })).status).toBe(403);
    expect((await call("signNotice", head, { params: { id }, body: { version: 99 } })).status).toBe(409);
    expect((await call("respondNotice", head, { params: { id }, body: { content: "未签收先反馈" } })).status).toBe(409);
    const signed = await call("signNotice", head, { params: { id }, body: {} });
    expect(signed.json.status).toBe("signed");
    expect((await call("signNotice", head, { params: { id }, body: {} })).status).toBe(409);
    expect((await call("respondNotice", head, { params: { id }, body: { content: "" } })).status).toBe(422);
    const answered = await call("respondNotice", head, { params: { id }, body: { content: "已整改完毕。" } });
    expect(answered.json).toMatchObject({ status: "responded", response: "已整改完毕。" });
    const closed = await call("closeNotice", supervisor, { params: { id }, body: { version: answered.json.version } });
    expect(closed.json.status).toBe("closed");
  });

  it("refuses a notice without a recipient (422) and from a department user (403)", async () => {
    const task = await makeTask("assigned");
    expect((await call("issueNotice", supervisor, { body: { kind: "urge", taskIds: [task.id], content: "x", responseDueDate: "2099-01-31" } })).status).toBe(422);
    expect((await call("issueNotice", head, { body: { kind: "circular", taskIds: [task.id], content: "x" } })).status).toBe(403);
    const notice = await makeNotice([task.id]);
    expect((await call("closeNotice", leader, { params: { id: notice.id }, body: {} })).status).toBe(403);
  });
});

describe("GET /dashboard/overview and POST /imports/parse", () => {
  it("gives leaders the cockpit's totals and refuses departments", async () => {
    await makeTask("in_progress", { dueDate: "2020-01-01" });
    const overview = await call("getDashboard", leader);
    expect(overview.status).toBe(200);
    expect(overview.json.warnings.red).toBeGreaterThanOrEqual(1);
    expect(overview.json.warnings.overdue).toBe(overview.json.warnings.red);
    expect(overview.json.departments.some((d: { departmentId: string }) => d.departmentId === sfj)).toBe(true);
    expect((await call("getDashboard", head)).status).toBe(403);
  });

  it("parses a plan's text into its tree and writes nothing", async () => {
    const before = await counts();
    const parsed = await call("parseImport", supervisor, {
      body: { text: "2026年法治政府建设工作要点\n一、深化行政执法改革\n（一）推行行政执法公示制度。一是全面公示执法信息；二是规范执法程序。（牵头单位：区司法局；完成时限：6月底前）", year: 2026 },
    });
    expect(parsed.status).toBe(200);
    expect(parsed.json.title).toBe("2026年法治政府建设工作要点");
    const item = parsed.json.nodes[0].children[0];
    expect(item).toMatchObject({ kind: "item", leadDepartment: { id: sfj, name: "区司法局" }, dueDate: "2026-06-30" });
    expect((await call("parseImport", supervisor, { body: { text: "   " } })).status).toBe(422);
    expect((await call("parseImport", officer, { body: { text: "一、x" } })).status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
