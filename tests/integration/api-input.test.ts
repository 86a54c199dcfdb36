import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, tasks } from "@/db/schema";
import { API_BODY_MAX_BYTES } from "@/lib/api/route";
import { cookieFor, ORIGIN, tokenFor } from "../support/api-client";
import { API, call } from "../support/api-routes";
import { departmentId, seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

let supervisor: { token: string };
let officer: { token: string };
let sfj: string;

async function state(taskId: string) {
  const db = await getDb();
  const [task] = await db.select({ version: tasks.version, status: tasks.status, progress: tasks.progress, title: tasks.title }).from(tasks).where(eq(tasks.id, taskId));
  const [events] = await db.select({ n: count() }).from(auditEvents);
  const [all] = await db.select({ n: count() }).from(tasks);
  return { task, events: Number(events!.n), tasks: Number(all!.n) };
}

beforeAll(async () => {
  await seedDemoData();
  supervisor = await tokenFor("supervisor");
  officer = await tokenFor("sfj_officer");
  sfj = await departmentId("区司法局");
});

describe("bad bodies are refused and change nothing", () => {
  const long = "长".repeat(10_001);
  type TCase = { label: string; body: (version: number) => unknown; status: number; path?: string };
  const cases: TCase[] = [
    { label: "malformed JSON", body: () => '{"percent": 50,', status: 400 },
    { label: "an empty body", body: () => "", status: 400 },
    { label: "only spaces", body: () => "   ", status: 400 },
    { label: "a JSON array", body: () => [1, 2], status: 422 },
    { label: "a numeric string for a number", body: (version) => ({ percent: "50", note: "x", version }), status: 422, path: "percent" },
    { label: "a string version", body: (version) => ({ percent: 50, note: "x", version: String(version) }), status: 422, path: "version" },
    { label: "a number for a text", body: (version) => ({ percent: 50, note: 12, version }), status: 422, path: "note" },
    { label: "a percent over 100", body: (version) => ({ percent: 101, note: "x", version }), status: 422, path: "percent" },
    { label: "an oversized note", body: (version) => ({ percent: 50, note: long, version }), status: 422, path: "note" },
    { label: "an unknown field", body: (version) => ({ percent: 50, note: "x", version, attachmentIds: [] }), status: 422, path: "attachmentIds" },
    { label: "a missing version", body: () => ({ percent: 50, note: "x" }), status: 422, path: "version" },
  ];

  // A refusal changes nothing, so all the cases share one task (and prove it by its unchanged state).
  let task: Awaited<ReturnType<typeof makeTask>>;
  beforeAll(async () => {
    task = await makeTask("in_progress");
  });

  it.each(cases)("progress with $label → $status", async ({ body, status, path }) => {
    const before = await state(task.id);
    const answer = await call("reportProgress", officer, { params: { id: task.id }, body: body(task.version) });
    expect(answer.status).toBe(status);
    if (path !== undefined) expect(answer.json.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await state(task.id)).toEqual(before);
  });

  it("refuses an oversized title, a wrong type and an unknown field on POST /tasks and on transitions", async () => {
    const task = await makeTask("assigned");
    const before = await state(task.id);
    const base = { title: "新任务", leadDepartmentId: sfj, dueDate: "2099-12-31" };
    for (const body of [{ ...base, title: "题".repeat(201) }, { ...base, priority: 3 }, { ...base, status: "completed" }, { ...base, cooperatingDepartmentIds: "x" }]) {
      expect((await call("createTask", supervisor, { body })).status).toBe(422);
    }
    for (const body of [{ action: "cancel", reason: "x", version: String(task.version) }, { action: "cancel", reason: "理".repeat(10_001), version: task.version }, { action: "delete", version: task.version }, { action: "cancel", reason: "x", version: task.version, force: true }]) {
      expect((await call("transitionTask", supervisor, { params: { id: task.id }, body })).status).toBe(422);
    }
    expect(await state(task.id)).toEqual(before);
  });

  it("refuses a body over 1 MB with 413: declared, and counted while it streams without a length", async () => {
    const task = await makeTask("in_progress");
    const before = await state(task.id);
    const big = JSON.stringify({ percent: 50, note: "x".repeat(API_BODY_MAX_BYTES), version: task.version });
    expect((await call("reportProgress", officer, { params: { id: task.id }, body: big })).status).toBe(413);
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.slice(i, i + 64 * 1024));
        controller.close();
      },
    });
    const request = new Request(`${ORIGIN}/api/v1/tasks/${task.id}/progress`, {
      method: "POST",
      headers: { authorization: `Bearer ${officer.token}`, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();
    const response = await API.reportProgress.handler(request, { params: Promise.resolve({ id: task.id }) });
    expect(response.status).toBe(413);
    expect(await state(task.id)).toEqual(before);
  });
});

describe("CSRF: the session cookie only works from this site", () => {
  it("refuses a cookie-authenticated write from a foreign Origin (403), changing nothing", async () => {
    const cookie = await cookieFor("sfj_officer");
    const task = await makeTask("in_progress");
    const before = await state(task.id);
    const body = { percent: 40, note: "跨站", version: task.version };
    const foreign = await call("reportProgress", cookie, { params: { id: task.id }, body, headers: { origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    expect(await state(task.id)).toEqual(before);
    expect((await call("getMe", cookie, { headers: { origin: "null" } })).status).toBe(403);
    expect((await call("getMe", cookie, { headers: { origin: ORIGIN } })).status).toBe(200);
    const same = await call("reportProgress", cookie, { params: { id: task.id }, body, headers: { origin: ORIGIN } });
    expect(same.status).toBe(200);
  });

  it("lets a bearer token through whatever the Origin, and refuses a forged cookie", async () => {
    const task = await makeTask("in_progress");
    const answer = await call("reportProgress", officer, { params: { id: task.id }, body: { percent: 40, note: "脚本", version: task.version }, headers: { origin: "https://evil.example" } });
    expect(answer.status).toBe(200);
    expect((await call("getMe", { cookie: "next-auth.session-token=forged" })).status).toBe(401);
  });
});

describe("GET /tasks: filters, scope and keyset pages", () => {
  it("pages by (due date, id) without duplicates or gaps while tasks are added", async () => {
    for (const due of ["2098-01-10", "2098-01-10", "2098-01-11", "2098-01-12", "2098-01-13"]) await makeTask("assigned", { dueDate: due, title: "分页任务" });
    const seen: { id: string; dueDate: string }[] = [];
    let cursor: string | null = null;
    let added = false;
    do {
      const page = await call("listTasks", supervisor, { query: { q: "分页任务", limit: "2", ...(cursor ? { cursor } : {}) } });
      expect(page.status).toBe(200);
      seen.push(...page.json.items);
      cursor = page.json.nextCursor;
      if (!added) {
        // One before the cursor (never shown: it sorts earlier) and one after it (shown once).
        await makeTask("assigned", { dueDate: "2098-01-01", title: "分页任务（早）" });
        await makeTask("assigned", { dueDate: "2098-02-01", title: "分页任务（晚）" });
        added = true;
      }
    } while (cursor);
    const keys = seen.map((t) => `${t.dueDate}|${t.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(keys);
    expect(seen).toHaveLength(6);
    expect(seen.at(-1)!.dueDate).toBe("2098-02-01");
  });

  it("filters by status, department, overdue, warning, words and due date, in the caller's scope", async () => {
    const overdue = await makeTask("in_progress", { dueDate: "2020-03-01", title: "逾期的筛选任务" });
    const ids = async (query: Record<string, string>, who = supervisor) => (await call("listTasks", who, { query: { limit: "200", ...query } })).json.items.map((t: { id: string }) => t.id);
    expect(await ids({ overdue: "true" })).toContain(overdue.id);
    expect(await ids({ warning: "red", status: "in_progress" })).toContain(overdue.id);
    expect(await ids({ status: "assigned,completed" })).not.toContain(overdue.id);
    expect(await ids({ dueBefore: "2020-03-01" })).not.toContain(overdue.id);
    expect(await ids({ dueBefore: "2020-03-02" })).toEqual([overdue.id]);
    expect(await ids({ q: "逾期的筛选", departmentId: sfj })).toEqual([overdue.id]);
    expect(await ids({ q: "逾期的筛选", departmentId: await departmentId("区市场监督管理局") })).toEqual([]);
    expect(await ids({ q: "逾期的筛选" }, officer)).toEqual([overdue.id]);
    expect(await ids({ q: "逾期的筛选" }, await tokenFor("scj_officer"))).toEqual([]);
  });

  it("refuses bad parameters with 422", async () => {
    const bad: Record<string, string>[] = [{ limit: "500" }, { limit: "0" }, { limit: "ten" }, { cursor: "not-a-cursor" }, { status: "done" }, { overdue: "yes" }, { dueBefore: "2020-13-01" }, { page: "2" }];
    for (const query of bad) {
      const answer = await call("listTasks", supervisor, { query });
      expect(answer.status, JSON.stringify(query)).toBe(422);
      // Translated, never a bare message key.
      for (const error of answer.json.errors) expect(error.message, JSON.stringify(query)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
