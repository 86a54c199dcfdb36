import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/db/queries/tasks/cursor";
import { bearerToken } from "@/lib/api/authenticate";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { ZTaskListQuery } from "@/lib/api/endpoints/tasks";
import { toApiNotice } from "@/lib/api/mappers/notices";
import { toApiTask, toApiTimelineEntry } from "@/lib/api/mappers/tasks";
import { openApiDocument } from "@/lib/api/openapi";
import { ZApiNotice } from "@/lib/api/schemas/notices";
import { ZApiTask, ZApiTimelineEntry } from "@/lib/api/schemas/tasks";
import { sessionCookieToken } from "@/lib/auth/session-cookie-actor";
import type { TNotice, TTask } from "@/db/schema";
import { localeFromAcceptLanguage } from "@/lib/http/accept-language";
import { readJsonBody } from "@/lib/http/read-json-body";
import { isConnectionError } from "@/lib/services/transaction";

const root = path.resolve(import.meta.dirname, "../..");
const ID = "0b8f6a52-4a3e-4d43-9c57-7e3d8a1b2c3d";
const at = new Date("2026-03-21T08:30:00.000Z");
const context = { today: "2026-03-01", timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } };

describe("keyset cursor", () => {
  it("round-trips the sort key and id, and refuses anything else", () => {
    const cursor = encodeCursor(["2026-06-30", ID]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(["2026-06-30", ID]);
    for (const bad of ["", "not-a-cursor", encodeCursor(["x", "not-a-uuid"] as never), Buffer.from("[1]").toString("base64url")]) expect(decodeCursor(bad)).toBeNull();
    expect(ZTaskListQuery.safeParse({ cursor }).success).toBe(true);
    expect(ZTaskListQuery.safeParse({ cursor: "bad" }).error?.issues[0]?.message).toBe("api.invalidCursor");
  });
});

describe("task list query", () => {
  it("reads statuses, limits and flags strictly", () => {
    expect(ZTaskListQuery.parse({ status: "assigned,in_progress", limit: "200", overdue: "true" })).toEqual({ status: ["assigned", "in_progress"], limit: 200, overdue: "true" });
    for (const bad of [{ limit: "201" }, { limit: "1.5" }, { status: "assigned,nope" }, { warning: "blue" }, { extra: "1" }]) expect(ZTaskListQuery.safeParse(bad).success).toBe(false);
  });
});

describe("mappers", () => {
  const task = {
    id: ID, planId: null, goalId: null, title: "任务", description: "", priority: "normal", status: "in_progress", ownerId: null,
    startDate: "2026-01-01", dueDate: "2026-02-01", originalDueDate: "2026-01-15", progress: 40, lastProgressAt: null, completionNote: null,
    createdBy: ID, publishedAt: at, completedAt: null, version: 3, createdAt: at, updatedAt: at,
  } as unknown as TTask;

  it("maps a task row to the API's camelCase shape with ISO times, numbers and a derived warning", () => {
    const api = toApiTask(task, { leadDepartmentId: ID, cooperatingDepartmentIds: [], milestones: [], indicators: [{ id: ID, taskId: ID, name: "办结率", unit: "%", target: "100", actual: null, sortOrder: 0 }], indicatorCodes: ["1211:A2"] }, context);
    expect(ZApiTask.parse(api)).toMatchObject({ indicatorCodes: ["1211:A2"], warning: "red", createdAt: "2026-03-21T08:30:00.000Z", dueDate: "2026-02-01", indicators: [{ target: 100, actual: null }] });
  });

  it("maps every kind of timeline entry to one shape", () => {
    const entries = [
      { type: "event" as const, at, action: "task.reject", actorName: "督查员", data: { reason: "佐证不足" } },
      { type: "progress" as const, at, report: { id: ID, percent: 40, note: "进展", createdAt: at, authorName: "联络员", departmentName: null, attachments: [] } },
      { type: "instruction" as const, at, actorName: "领导", content: "抓紧" },
      { type: "notice" as const, at, notice: { id: ID, number: "梁法督〔2026〕1号" } },
    ];
    const mapped = entries.map((e) => ZApiTimelineEntry.parse(toApiTimelineEntry(e as never)));
    expect(mapped.map((e) => [e.type, e.content ?? e.noticeNumber])).toEqual([["event", "佐证不足"], ["progress", "进展"], ["instruction", "抓紧"], ["notice", "梁法督〔2026〕1号"]]);
  });

  it("maps a notice with its tasks", () => {
    const notice = { id: ID, kind: "urge", status: "issued", number: "梁法督〔2026〕7号", departmentId: ID, title: "", content: "请反馈", response: null, responseDueDate: "2026-04-01", issuedAt: at, version: 1 } as unknown as TNotice;
    expect(ZApiNotice.parse(toApiNotice(notice, [ID]))).toMatchObject({ taskIds: [ID], issuedAt: "2026-03-21T08:30:00.000Z" });
  });
});

describe("request reading", () => {
  const req = (body?: BodyInit, headers: Record<string, string> = {}) => new Request("http://dudao.test/api/v1/x", { method: "POST", headers, ...(body === undefined ? {} : { body }) });

  it("reads JSON within the limit and names why it refuses", async () => {
    expect(await readJsonBody(req('{"a":1}'), 100)).toEqual({ ok: true, value: { a: 1 } });
    expect(await readJsonBody(req(), 100)).toEqual({ ok: false, reason: "empty" });
    expect(await readJsonBody(req("{"), 100)).toEqual({ ok: false, reason: "malformed" });
    expect(await readJsonBody(req("x".repeat(101)), 100)).toEqual({ ok: false, reason: "too_large" });
    expect(await readJsonBody(req("{}", { "content-length": "5000" }), 100)).toEqual({ ok: false, reason: "too_large" });
  });

  it("finds the bearer token and the (possibly chunked) session cookie", () => {
    expect(bearerToken(req(undefined, { authorization: "Bearer abc" }))).toBe("abc");
    expect(bearerToken(req(undefined, { authorization: "Basic abc" }))).toBe("");
    expect(bearerToken(req())).toBeNull();
    expect(sessionCookieToken(req(undefined, { cookie: "a=1; next-auth.session-token=xyz" }))).toBe("xyz");
    expect(sessionCookieToken(req(undefined, { cookie: "next-auth.session-token.1=b; next-auth.session-token.0=a" }))).toBe("ab");
    expect(sessionCookieToken(req(undefined, { cookie: "other=1" }))).toBeNull();
  });

  it("chooses English only when the client prefers it", () => {
    expect(localeFromAcceptLanguage(null)).toBe("zh-CN");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("fr, en;q=0.5, zh;q=0.4")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0, zh")).toBe("zh-CN");
  });

  it("sees a refused connection behind drizzle's wrapper", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(isConnectionError(new Error("Failed query: select 1", { cause: refused }))).toBe(true);
    expect(isConnectionError(new Error("Failed query", { cause: Object.assign(new Error("dup"), { code: "23505" }) }))).toBe(false);
  });
});

describe("OpenAPI document", () => {
  const document = openApiDocument();

  it("is OpenAPI 3.1 and describes every endpoint with its success and refusal statuses", () => {
    expect(document.openapi).toBe("3.1.0");
    for (const endpoint of API_ENDPOINTS) {
      const operation = document.paths?.[endpoint.path]?.[endpoint.method];
      expect(operation?.operationId, `${endpoint.method} ${endpoint.path}`).toBe(endpoint.operationId);
      const statuses = Object.keys(operation!.responses ?? {});
      expect(statuses).toContain(String(endpoint.success.status));
      for (const status of endpoint.errors) expect(statuses).toContain(String(status));
      expect(statuses).toContain("503");
    }
    expect(Object.keys(document.paths ?? {})).toHaveLength(new Set(API_ENDPOINTS.map((e) => e.path)).size);
  });

  it("names the response shapes as components, the plan tree by reference to itself", () => {
    const schemas = document.components?.schemas ?? {};
    for (const name of ["Task", "TaskDetail", "TaskPage", "TaskSummary", "Milestone", "Indicator", "TimelineEntry", "ExtensionRequest", "Notice", "Problem", "Token", "Me", "DepartmentList", "DashboardOverview", "ParsedPlan", "PlanNode"]) expect(schemas).toHaveProperty(name);
    expect(JSON.stringify(schemas.PlanNode)).toContain("#/components/schemas/PlanNode");
  });

  it("has a route handler exporting each endpoint's method", () => {
    for (const endpoint of API_ENDPOINTS) {
      const file = path.join(root, "app/api/v1", endpoint.path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
      expect(existsSync(file), file).toBe(true);
      const source = readFileSync(file, "utf8");
      expect(source, file).toMatch(new RegExp(`export const ${endpoint.method.toUpperCase()} = (apiRoute|publicApiRoute)\\(\\w+Endpoint`));
    }
  });
});

describe("reference page model", () => {
  it("lists every endpoint once under its tag, with body fields and statuses", async () => {
    const { apiReference, typeOf } = await import("@/lib/api/docs-model");
    const tags = apiReference({ maxChars: (n) => `≤ ${n} characters`, maxItems: (n) => `≤ ${n} items`, defaultValue: (v) => `default ${v}`, separator: "; " });
    const operations = tags.flatMap((tag) => tag.operations);
    expect(operations.map((o) => o.id).sort()).toEqual(API_ENDPOINTS.map((e) => e.operationId).sort());
    const create = operations.find((o) => o.id === "createTask")!;
    expect(create.body.find((f) => f.name === "title")).toMatchObject({ required: true, type: "string", notes: expect.stringContaining("200") });
    expect(create.responses.map((r) => r.status)).toEqual(expect.arrayContaining(["201", "400", "401", "403", "413", "422", "503"]));
    expect(operations.find((o) => o.id === "listTasks")!.parameters.map((p) => p.name)).toEqual(["status", "departmentId", "overdue", "warning", "q", "dueBefore", "indicator", "limit", "cursor"]);
    expect(typeOf({ type: "array", items: { $ref: "#/components/schemas/Task" } })).toBe("Task[]");
    expect(typeOf({ anyOf: [{ type: "string", format: "uuid" }, { type: "null" }] })).toBe("string (uuid) | null");
  });
});
