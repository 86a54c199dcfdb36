import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { listTasks } from "@/db/queries/tasks/list-tasks";
import { getTaskDetail } from "@/db/queries/tasks/task-detail";
import { tasks } from "@/db/schema";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { actorFor, seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

beforeAll(seedDemoData, 60_000);

const context = { today: "2030-05-15", timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } };

describe("退回整改 as task columns", () => {
  it("marks a returned task until it is submitted again, counts the returns, and the migration's backfill agrees", async () => {
    const supervisor = await actorFor("supervisor");
    const head = await actorFor("sfj_head");
    const once = await makeTask("submitted", { title: "退回一次" });
    const twice = await makeTask("submitted", { title: "退回两次又提交" });
    const never = await makeTask("submitted", { title: "未退回" });
    let task = await transitionTask(supervisor, { id: once.id, version: once.version, action: "reject", reason: "佐证不足" });
    expect(task).toMatchObject({ status: "in_progress", returnCount: 1 });
    expect(task.returnedAt).not.toBeNull();
    task = await transitionTask(supervisor, { id: twice.id, version: twice.version, action: "reject", reason: "一" });
    task = (await reportProgress(head, { id: task.id, version: task.version, percent: 90, note: "补充", attachmentIds: [] })).task;
    task = await transitionTask(head, { id: task.id, version: task.version, action: "submit", reason: "已补充" });
    task = await transitionTask(supervisor, { id: task.id, version: task.version, action: "reject", reason: "二" });
    task = await transitionTask(head, { id: task.id, version: task.version, action: "submit", reason: "再补充" });
    expect(task).toMatchObject({ status: "submitted", returnCount: 2, returnedAt: null });

    const returned = async () => (await listTasks(supervisor, { returned: true }, context)).items.map((i) => i.title).sort();
    expect(await returned()).toEqual(["退回一次"]);

    // The migration fills the columns from the audit log for tasks returned before it: wipe, replay, compare.
    const db = await getDb();
    const ids = [once.id, twice.id, never.id];
    const before = await db.select({ id: tasks.id, returnedAt: tasks.returnedAt, returnCount: tasks.returnCount }).from(tasks).where(inArray(tasks.id, ids));
    await db.update(tasks).set({ returnedAt: null, returnCount: 0 }).where(inArray(tasks.id, ids));
    const migration = readFileSync(path.resolve(import.meta.dirname, "../../db/migrations/0011_task_returns.sql"), "utf8");
    for (const statement of migration.split("--> statement-breakpoint").filter((s) => s.includes("UPDATE"))) {
      await executeRows(db, sql.raw(statement));
    }
    const after = await db.select({ id: tasks.id, returnedAt: tasks.returnedAt, returnCount: tasks.returnCount }).from(tasks).where(inArray(tasks.id, ids));
    const byId = (rows: typeof before) => Object.fromEntries(rows.map((r) => [r.id, { returned: r.returnedAt !== null, count: r.returnCount }]));
    expect(byId(after)).toEqual(byId(before));
    expect(byId(after)[never.id]).toEqual({ returned: false, count: 0 });
    expect(await returned()).toEqual(["退回一次"]);
    expect((await db.select().from(tasks).where(eq(tasks.id, once.id)))[0]!.returnCount).toBe(1);
  });

  it("takes the rejected 办结说明 off the task: it stays on the timeline with the return reason, and a new submission is current", async () => {
    const supervisor = await actorFor("supervisor");
    const head = await actorFor("sfj_head");
    const submitted = await makeTask("submitted", { title: "退回后的办结说明" });
    expect(submitted.completionNote).toBe("理由");
    const returned = await transitionTask(supervisor, { id: submitted.id, version: submitted.version, action: "reject", reason: "缺少印发文件" });
    expect(returned.completionNote).toBeNull();
    const detail = await getTaskDetail(head, submitted.id, context);
    expect(detail.task.completionNote).toBeNull();
    const rejection = detail.timeline.find((i) => i.type === "event" && i.action === "task.reject");
    expect(rejection).toMatchObject({ data: { reason: "缺少印发文件", rejectedNote: "理由" } });

    const again = await transitionTask(head, { id: returned.id, version: returned.version, action: "submit", reason: "已补充印发文件" });
    expect(again).toMatchObject({ status: "submitted", completionNote: "已补充印发文件", returnedAt: null });
  });
});
