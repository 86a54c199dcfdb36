import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { departmentRanking } from "@/db/queries/cockpit/department-ranking";
import { cockpitOverview } from "@/db/queries/cockpit/overview";
import { warningConditionSql } from "@/db/queries/tasks/warning-sql";
import { assessmentNoticeDifferences, assessmentSummaryDifferences, cockpitCardDifferences } from "@/db/summary/assessment-summary";
import { taskSummaryDifferences } from "@/db/summary/task-summary";
import { taskDepartments, tasks } from "@/db/schema";
import { setClockForTests } from "@/lib/clock";
import { rollTaskSummary } from "@/lib/jobs/roll-task-summary";
import { seedDemo } from "@/lib/seed/seed-demo";
import { buildImportTemplate } from "@/lib/services/tasks/import-template";
import { importTasks } from "@/lib/services/tasks/import-tasks";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { updateTask } from "@/lib/services/tasks/update-task";
import { ZTaskUpdateSchema } from "@/lib/validation/tasks";
import { warningContext } from "@/lib/warning-context";
import { arrayBufferOf } from "../support/excel-ledger";
import { actorFor, departmentId } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

// The task summary (ADR 017) against a full recount after every kind of write, on the demo
// district, with the clock under the test's control (noon in Shanghai on the given day).
const noon = (day: string) => new Date(`${day}T04:00:00Z`);
const leader = { roles: ["leader"] } as const;

async function expectSound() {
  expect(await taskSummaryDifferences(await getDb())).toEqual([]);
  // 考核's and the cockpit cards' counts (ADR 021) are kept by the same writes: equal to a recount too.
  expect(await assessmentSummaryDifferences(await getDb())).toEqual([]);
  expect(await assessmentNoticeDifferences(await getDb())).toEqual([]);
  expect(await cockpitCardDifferences(await getDb())).toEqual([]);
}

/** The cockpit's totals as the query before ADR 017 computed them: straight from the tasks. */
async function scannedOverview() {
  const context = warningContext();
  const db = await getDb();
  const w = (level: "red" | "yellow") => warningConditionSql(level, context.today, context.timeZone, context.policy);
  const [row] = await db
    .select({
      total: sql<number>`count(*)`,
      completed: sql<number>`count(*) filter (where ${tasks.status} = 'completed')`,
      red: sql<number>`count(*) filter (where ${w("red")})`,
      yellow: sql<number>`count(*) filter (where ${w("yellow")})`,
    })
    .from(tasks)
    .where(sql`${tasks.status} <> 'draft'`);
  return { total: Number(row!.total), completed: Number(row!.completed), red: Number(row!.red), yellow: Number(row!.yellow) };
}

async function formOf(id: string, change: Partial<{ dueDate: string; leadDepartmentId: string; cooperatingDepartmentIds: string[] }>) {
  const db = await getDb();
  const [task] = await db.select().from(tasks).where(eq(tasks.id, id));
  const links = await db.select().from(taskDepartments).where(eq(taskDepartments.taskId, id));
  return ZTaskUpdateSchema.parse({
    id,
    version: task!.version,
    title: task!.title,
    description: task!.description,
    goalId: task!.goalId,
    ownerId: task!.ownerId,
    startDate: task!.startDate,
    dueDate: task!.dueDate,
    priority: task!.priority,
    leadDepartmentId: links.find((l) => l.role === "lead")?.departmentId ?? null,
    cooperatingDepartmentIds: links.filter((l) => l.role === "cooperating").map((l) => l.departmentId),
    ...change,
  });
}

// The whole demo district through the services: minutes on a loaded two-core machine.
beforeAll(async () => {
  setClockForTests(noon("2026-12-01"));
  await seedDemo();
}, 300_000);
afterAll(() => setClockForTests(null));

describe("the task summary", () => {
  it("holds the demo district exactly, and the cockpit reads the figures the task scan gave", async () => {
    await expectSound();
    const overview = await cockpitOverview(leader, warningContext());
    const scanned = await scannedOverview();
    expect(scanned.total).toBeGreaterThan(0);
    expect(scanned.red).toBeGreaterThan(0);
    expect({ total: overview.total, completed: overview.completed, red: overview.red, yellow: overview.yellow }).toEqual(scanned);
  });

  it("equals a recount after a create, a status change, a due-date change and a department change", async () => {
    const supervisor = await actorFor("supervisor");
    const created = await makeTask("draft", { dueDate: "2026-12-20" });
    await expectSound();
    const published = await transitionTask(supervisor, { id: created.id, version: created.version, action: "publish", reason: "" });
    await expectSound();
    await updateTask(supervisor, await formOf(published.id, { dueDate: "2026-11-20" }));
    await expectSound();
    expect((await cockpitOverview(leader, warningContext())).red).toBe((await scannedOverview()).red);
    await updateTask(supervisor, await formOf(published.id, { leadDepartmentId: await departmentId("区市场监督管理局"), cooperatingDepartmentIds: [] }));
    await expectSound();
    const ranking = await departmentRanking(leader, warningContext());
    expect(ranking.find((r) => r.departmentName === "区市场监督管理局")!.overdue).toBeGreaterThan(0);
  });

  it("equals a recount after an import, a close, a cancel and a delete", async () => {
    const supervisor = await actorFor("supervisor");
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(arrayBufferOf(await buildImportTemplate(supervisor)));
    template.getWorksheet("任务")!.getRow(2).values = ["汇总表导入任务", null, null, "区司法局", "区财政局", "2026-12-31"];
    const imported = await importTasks(supervisor, { name: "汇总.xlsx", bytes: new Uint8Array(await template.xlsx.writeBuffer()) });
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    await expectSound();
    const done = await makeTask("completed", { dueDate: "2026-12-31" });
    await expectSound();
    const cancelled = await makeTask("cancelled", { dueDate: "2026-12-31" });
    await expectSound();
    const db = await getDb();
    await db.delete(tasks).where(eq(tasks.id, cancelled.id));
    await db.update(tasks).set({ dueDate: "2026-11-30" }).where(eq(tasks.id, done.id));
    await expectSound();
  });

  it("moves a task into overdue when the midnight roll passes its due date", async () => {
    setClockForTests(noon("2026-12-03"));
    const task = await makeTask("in_progress", { dueDate: "2026-12-03", leadDepartmentId: await departmentId("区审计局"), cooperatingDepartmentIds: [] });
    const auditBureau = async () => (await departmentRanking(leader, warningContext())).find((r) => r.departmentName === "区审计局")!;
    const before = { total: (await cockpitOverview(leader, warningContext())).red, department: (await auditBureau()).overdue };
    expect(before.total).toBe((await scannedOverview()).red);
    // 00:01 on 4 December in Shanghai: the job's own hour.
    setClockForTests(new Date("2026-12-03T16:01:00Z"));
    expect(await rollTaskSummary()).toEqual({ asOf: "2026-12-04" });
    const db = await getDb();
    const [state] = await db.execute(sql`select as_of::text as as_of from task_summary_state`).then((r) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { as_of: string }[]);
    expect(state!.as_of).toBe("2026-12-04");
    expect((await auditBureau()).overdue).toBe(before.department + 1);
    const after = (await cockpitOverview(leader, warningContext())).red;
    expect(after).toBeGreaterThan(before.total);
    expect(after).toBe((await scannedOverview()).red);
    await expectSound();
    expect(task.status).toBe("in_progress");
  });

  it("names the rows a stray write put out of step, and the repair recounts them", async () => {
    const db = await getDb();
    await db.execute(sql`update task_summary set tasks = tasks + 1 where role = 'lead' and bucket = 'red'`);
    expect((await taskSummaryDifferences(db)).length).toBeGreaterThan(0);
    await db.execute(sql`select task_summary_rebuild(${warningContext().today}::date, 'Asia/Shanghai', 7, 30)`);
    await expectSound();
  });
});
