import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { taskIndicatorCodes } from "@/db/queries/indicator-tags/catalogue";
import { getTaskDetail } from "@/db/queries/tasks/task-detail";
import { warningContext } from "@/lib/warning-context";
import { auditEvents, frameworkIndicators, indicatorFrameworks, taskIndicatorTags, tasks } from "@/db/schema";
import { setTaskIndicatorCodes } from "@/lib/services/indicator-tags/set-task-tags";
import { updateTask } from "@/lib/services/tasks/update-task";
import { ZTaskUpdateSchema } from "@/lib/validation/tasks";
import { actorFor, departmentId, refusal, seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

// The task form's door (createTask / updateTask, as its server actions call them),
// the tags-only service behind the API, and the list's ?indicator= filter.

const tagsOf = async (taskId: string) => (await taskIndicatorCodes([taskId])).get(taskId);
async function counts() {
  const db = await getDb();
  const [t] = await db.select({ n: count() }).from(tasks);
  const [g] = await db.select({ n: count() }).from(taskIndicatorTags);
  const [a] = await db.select({ n: count() }).from(auditEvents);
  return { tasks: Number(t!.n), tags: Number(g!.n), audit: Number(a!.n) };
}
const editInput = async (taskId: string, version: number, indicatorCodes?: string[]) =>
  ZTaskUpdateSchema.parse({ id: taskId, version, title: "完善行政执法三项制度", leadDepartmentId: await departmentId("区司法局"), dueDate: "2099-12-31", indicatorCodes });

beforeAll(async () => {
  await seedDemoData();
  const db = await getDb();
  const [province] = await db.insert(indicatorFrameworks).values({ code: "HN", name: "省考核指标", kind: "assessment" }).returning();
  await db.insert(frameworkIndicators).values({ frameworkId: province!.id, code: "1", name: "依法行政制度体系", level: 1 });
});

describe("tagging through the task form's service", () => {
  it("creates a task with tags (a bare code unique to one framework is qualified) and shows them on its page", async () => {
    const task = await makeTask("draft", { indicatorCodes: ["A2", "SFZB-2021：1.1"] });
    expect(await tagsOf(task.id)).toEqual(["1211:A2", "SFZB-2021:1.1"]);
    const detail = await getTaskDetail(await actorFor("supervisor"), task.id, warningContext());
    expect(detail.indicatorTags).toEqual([
      { code: "1211:A2", name: "落实行政执法责任制", frameworkName: "“1211”法治政府建设推进机制" },
      { code: "SFZB-2021:1.1", name: "加大简政放权力度", frameworkName: "市县法治政府建设示范指标体系（2021年版）" },
    ]);
    const [event] = await (await getDb()).select().from(auditEvents).where(eq(auditEvents.entityId, task.id));
    expect(event).toMatchObject({ action: "task.create", data: expect.objectContaining({ indicatorCodes: ["1211:A2", "SFZB-2021:1.1"] }) });
  });

  it("refuses an unknown code by name and writes nothing", async () => {
    const before = await counts();
    const error = await refusal(makeTask("draft", { indicatorCodes: ["1211:A2", "1211:Z9"] }), "VALIDATION");
    expect(error).toMatchObject({ messageKey: "tagging.codesUnknown", params: { codes: "1211:Z9" }, fieldErrors: { indicatorCodes: ["tagging.unknown"] } });
    expect(await counts()).toEqual(before);
  });

  it("an edit replaces the tags, an edit without them keeps them, a stale version changes nothing (409)", async () => {
    const supervisor = await actorFor("supervisor");
    const task = await makeTask("assigned", { indicatorCodes: ["1211:A1"] });
    const edited = await updateTask(supervisor, await editInput(task.id, task.version, ["1211:B1", "1211:A2"]));
    expect(await tagsOf(task.id)).toEqual(["1211:A2", "1211:B1"]);
    const kept = await updateTask(supervisor, await editInput(task.id, edited.version));
    expect(await tagsOf(task.id)).toEqual(["1211:A2", "1211:B1"]);
    const before = await counts();
    await refusal(updateTask(supervisor, await editInput(task.id, edited.version, [])), "CONFLICT");
    await refusal(updateTask(supervisor, await editInput(task.id, kept.version, ["1211:A2", "NOPE"])), "VALIDATION");
    expect(await counts()).toEqual(before);
    expect(await tagsOf(task.id)).toEqual(["1211:A2", "1211:B1"]);
  });

  it("the tags-only service: supervisors only, at the current version, audited with before and after", async () => {
    const task = await makeTask("in_progress", { indicatorCodes: ["1211:A1"] });
    await refusal(setTaskIndicatorCodes(await actorFor("sfj_head"), { id: task.id, version: task.version, indicatorCodes: ["1211:A2"] }), "FORBIDDEN");
    await refusal(setTaskIndicatorCodes(await actorFor("leader"), { id: task.id, version: task.version, indicatorCodes: ["1211:A2"] }), "FORBIDDEN");
    const supervisor = await actorFor("supervisor");
    const tagged = await setTaskIndicatorCodes(supervisor, { id: task.id, version: task.version, indicatorCodes: ["1211:A2"] });
    expect(tagged.version).toBe(task.version + 1);
    expect(await tagsOf(task.id)).toEqual(["1211:A2"]);
    await refusal(setTaskIndicatorCodes(supervisor, { id: task.id, version: task.version, indicatorCodes: [] }), "CONFLICT");
    // "1" is a first-level code of the national system and of the province's: it must be qualified.
    const ambiguous = await refusal(setTaskIndicatorCodes(supervisor, { id: task.id, version: tagged.version, indicatorCodes: ["1"] }), "VALIDATION");
    expect(ambiguous).toMatchObject({ messageKey: "tagging.codesAmbiguous", params: { codes: "1" } });
    const closed = await makeTask("completed");
    await refusal(setTaskIndicatorCodes(supervisor, { id: closed.id, version: closed.version, indicatorCodes: ["1211:A2"] }), "CONFLICT");
    const events = await (await getDb()).select().from(auditEvents).where(eq(auditEvents.action, "task.tag"));
    expect(events.find((e) => e.entityId === task.id)?.data).toEqual({ fromVersion: task.version, from: ["1211:A1"], to: ["1211:A2"] });
  });
});
