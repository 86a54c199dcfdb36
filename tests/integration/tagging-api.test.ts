import { beforeAll, describe, expect, it } from "vitest";
import { listTasks } from "@/db/queries/tasks/list-tasks";
import { warningContext } from "@/lib/warning-context";
import { tokenFor, type TApiResponse } from "../support/api-client";
import { call } from "../support/api-routes";
import { actorFor, departmentId, seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

let supervisor: { token: string };
let officer: { token: string };
let otherOfficer: { token: string };
let sfj: string;

beforeAll(async () => {
  await seedDemoData();
  supervisor = await tokenFor("supervisor");
  officer = await tokenFor("sfj_officer");
  otherOfficer = await tokenFor("scj_officer");
  sfj = await departmentId("区司法局");
});

const ids = (json: TApiResponse["json"]) => (json.items as { id: string }[]).map((item) => item.id).sort();

describe("indicatorCodes on the API", () => {
  it("POST /tasks takes them, answers them qualified; GET /tasks/{id} reads them back", async () => {
    const created = await call("createTask", supervisor, {
      body: { title: "落实行政执法责任制", leadDepartmentId: sfj, dueDate: "2099-12-31", indicatorCodes: ["A2", "SFZB-2021:1.1"] },
    });
    expect(created.status).toBe(201);
    expect(created.json.indicatorCodes).toEqual(["1211:A2", "SFZB-2021:1.1"]);
    const read = await call("getTask", supervisor, { params: { id: created.json.id } });
    expect(read.json.indicatorCodes).toEqual(["1211:A2", "SFZB-2021:1.1"]);
  });

  it("an unknown code is refused with a problem naming it, and no task is made", async () => {
    const before = await call("listTasks", supervisor, { query: { limit: "200" } });
    const refused = await call("createTask", supervisor, {
      body: { title: "未知指标", leadDepartmentId: sfj, dueDate: "2099-12-31", indicatorCodes: ["1211:A2", "9999:X"] },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.detail).toContain("9999:X");
    expect(refused.json.detail).toContain("指标编号不存在");
    expect(refused.json.errors).toEqual([{ path: "indicatorCodes", message: "指标编号不存在" }]);
    const malformed = await call("createTask", supervisor, { body: { title: "x", leadDepartmentId: sfj, dueDate: "2099-12-31", indicatorCodes: "1211:A2" } });
    expect(malformed.status).toBe(422);
    expect(ids((await call("listTasks", supervisor, { query: { limit: "200" } })).json)).toEqual(ids(before.json));
  });

  it("PUT /tasks/{id}/indicator-codes replaces them at the caller's version; stale is 409, a department 403", async () => {
    const task = await makeTask("assigned", { indicatorCodes: ["1211:A1"] });
    const put = (version: number, indicatorCodes: string[], who = supervisor) =>
      call("setTaskIndicatorCodes", who, { params: { id: task.id }, body: { version, indicatorCodes } });
    expect((await put(task.version, ["1211:B1"], officer)).status).toBe(403);
    const done = await put(task.version, ["1211:B1", "1211:A2"]);
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ version: task.version + 1, indicatorCodes: ["1211:A2", "1211:B1"] });
    expect((await put(task.version, [])).status).toBe(409);
    const unknown = await put(done.json.version, ["1211:A9"]);
    expect(unknown.status).toBe(422);
    expect(unknown.json.detail).toContain("1211:A9");
    expect((await call("getTask", supervisor, { params: { id: task.id } })).json.indicatorCodes).toEqual(["1211:A2", "1211:B1"]);
  });
});

describe("GET /tasks?indicator=", () => {
  it("finds the tasks tagged with an indicator or one under it, in the caller's scope, as the task list counts them", async () => {
    const a2 = await makeTask("assigned", { title: "执法责任制任务", indicatorCodes: ["1211:A2"] });
    const a1 = await makeTask("assigned", { title: "服务型执法任务", indicatorCodes: ["1211:A1", "SFZB-2021:1.1"] });
    const draft = await makeTask("draft", { title: "草稿任务", indicatorCodes: ["1211:A2"] });
    const untagged = await makeTask("assigned", { title: "未打标签" });
    const list = async (indicator: string, who = supervisor) => ids((await call("listTasks", who, { query: { indicator, limit: "200" } })).json);
    const a2Ids = await list("1211:A2");
    expect(a2Ids).toEqual(expect.arrayContaining([a2.id, draft.id]));
    expect(a2Ids).not.toContain(a1.id);
    expect(await list("A2")).toEqual(a2Ids);
    expect(await list("1211:A")).toEqual(expect.arrayContaining([a2.id, a1.id, draft.id]));
    expect(await list("1211:A")).not.toContain(untagged.id);
    expect(await list("SFZB-2021:1")).toContain(a1.id);
    expect(await list("SFZB-2021:1")).not.toContain(a2.id);
    expect(await list("1211:Z")).toEqual([]);
    // A department sees only its own (the draft is not published): scoping still applies.
    expect(await list("1211:A2", officer)).toEqual(expect.arrayContaining([a2.id]));
    expect(await list("1211:A2", officer)).not.toContain(draft.id);
    expect(await list("1211:A2", otherOfficer)).toEqual([]);
    // The page and the API share one query: its total counts the same rows.
    const page = await listTasks(await actorFor("supervisor"), { indicator: "1211:A2", limit: 200 }, warningContext());
    expect(page.total).toEqual({ n: a2Ids.length, more: false });
    const rows = (await call("listTasks", supervisor, { query: { indicator: "1211:A", limit: "200" } })).json.items as { id: string; indicatorCodes: string[] }[];
    expect(rows.find((row) => row.id === a1.id)?.indicatorCodes).toEqual(["1211:A1", "SFZB-2021:1.1"]);
    expect((await call("listTasks", supervisor, { query: { indicator: "" } })).status).toBe(422);
  });
});
