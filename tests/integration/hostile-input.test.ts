import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, notices, tasks, users } from "@/db/schema";
import { tokenFor } from "../support/api-client";
import { API, call, type TApiName } from "../support/api-routes";
import { departmentId, seedDemoData } from "../support/fixtures";
import { makeNotice } from "../support/notice-fixtures";
import { makeTask } from "../support/task-fixtures";

// Findings 3 and 8 of issue 11: hostile keys and characters were answered 500;
// sign and close refused a missing body.
let supervisor: { token: string };
let head: { token: string };
let sfj: string;

async function rowCounts() {
  const db = await getDb();
  const [[t], [a], [n], [u]] = await Promise.all([
    db.select({ n: count() }).from(tasks),
    db.select({ n: count() }).from(auditEvents),
    db.select({ n: count() }).from(notices),
    db.select({ n: count() }).from(users),
  ]);
  return [t!.n, a!.n, n!.n, u!.n].map(Number);
}

beforeAll(async () => {
  await seedDemoData();
  supervisor = await tokenFor("supervisor");
  head = await tokenFor("sfj_head");
  sfj = await departmentId("区司法局");
});

const NUL = "标题\u0000后半";
const LONE_HIGH = "标题\ud800";
const LONE_LOW = "\udc00标题";

describe("a body key that names Object.prototype", () => {
  const withBody = (Object.keys(API) as TApiName[]).filter((name) => API[name].endpoint.body);

  it("covers every endpoint with a body", () => {
    expect(withBody.length).toBeGreaterThanOrEqual(11);
  });

  for (const key of ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"]) {
    it.each(withBody)(`%s with "${key}" → 422 naming the key`, async (name) => {
      const before = await rowCounts();
      const id = "00000000-0000-4000-8000-000000000000";
      // Raw JSON: a JS object literal would set the prototype instead of a key.
      const body = `{"${key}": {"polluted": true}, "version": 1}`;
      const answer = await call(name, name === "issueToken" ? null : supervisor, { params: { id }, body });
      expect([404, 422]).toContain(answer.status);
      if (answer.status === 422) expect(answer.json.errors.map((e: { path: string }) => e.path)).toContain(key);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await rowCounts()).toEqual(before);
    });
  }
});

describe("NUL and unpaired surrogates in text", () => {
  for (const [label, bad] of [["NUL", NUL], ["a lone high surrogate", LONE_HIGH], ["a lone low surrogate", LONE_LOW]] as const) {
    it(`${label} is a 422 on sign-in, titles, reasons, answers and the task search`, async () => {
      const before = await rowCounts();
      const task = await makeTask("assigned");
      const notice = await makeNotice([task.id]);
      const afterFixtures = await rowCounts();
      expect(afterFixtures[0]).toBeGreaterThan(before[0]!);

      const signIn = await call("issueToken", null, { body: { login: bad, password: "Demo#2026" } });
      const signInPassword = await call("issueToken", null, { body: { login: "admin", password: `Demo#2026${bad}` } });
      const create = await call("createTask", supervisor, { body: { title: bad, leadDepartmentId: sfj, dueDate: "2099-12-31" } });
      const cancel = await call("transitionTask", supervisor, { params: { id: task.id }, body: { action: "cancel", reason: bad, version: task.version } });
      const search = await call("listTasks", supervisor, { query: { q: bad } });
      await call("signNotice", head, { params: { id: notice.id } });
      const respond = await call("respondNotice", head, { params: { id: notice.id }, body: { content: bad } });
      for (const [what, answer, path] of [
        ["sign-in", signIn, "login"],
        ["password", signInPassword, "password"],
        ["title", create, "title"],
        ["reason", cancel, "reason"],
        // A URL cannot carry an unpaired surrogate (it is percent-encoded as U+FFFD): only NUL reaches the query.
        ...(bad === NUL ? ([["q", search, "q"]] as const) : []),
        ["answer", respond, "content"],
      ] as const) {
        expect(answer.status, what).toBe(422);
        expect(answer.json.errors.map((e: { path: string }) => e.path), what).toContain(path);
      }
      expect(cancel.json.errors[0].message).toBe("含有不允许的字符（如空字符）");
      // Only the notice's signing (the one valid request) was written.
      const after = await rowCounts();
      expect(after[0]).toBe(afterFixtures[0]);
      expect(after[1]).toBe(afterFixtures[1]! + 1);
    });
  }

  it("keeps a well-formed pair (an emoji) and other characters", async () => {
    const created = await call("createTask", supervisor, { body: { title: "推进 😀 𠀀 落实", leadDepartmentId: sfj, dueDate: "2099-12-31" } });
    expect(created.status).toBe(201);
    expect(created.json.title).toBe("推进 😀 𠀀 落实");
  });
});

describe("actions without a documented body (docs/product.md)", () => {
  it.each([
    ["no body", undefined],
    ["an empty body", ""],
    ["{}", {}],
  ] as const)("sign and close accept %s", async (_label, body) => {
    const task = await makeTask("in_progress");
    const notice = await makeNotice([task.id]);
    const signed = await call("signNotice", head, { params: { id: notice.id }, body });
    expect(signed.status).toBe(200);
    expect(signed.json.status).toBe("signed");
    await call("respondNotice", head, { params: { id: notice.id }, body: { content: "已整改。" } });
    const closed = await call("closeNotice", supervisor, { params: { id: notice.id }, body });
    expect(closed.status).toBe(200);
    expect(closed.json.status).toBe("closed");
  });

  it("still refuses a body that is not JSON, or not an object", async () => {
    const task = await makeTask("in_progress");
    const notice = await makeNotice([task.id]);
    expect((await call("signNotice", head, { params: { id: notice.id }, body: "{" })).status).toBe(400);
    expect((await call("signNotice", head, { params: { id: notice.id }, body: [] })).status).toBe(422);
  });
});
