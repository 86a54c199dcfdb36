import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { goals, tasks } from "@/db/schema";
import { listOverdueTasks } from "@/db/queries/tasks/overdue";
import { listTasks } from "@/db/queries/tasks/list-tasks";
import { warningConditionSql } from "@/db/queries/tasks/warning-sql";
import { addDaysTo } from "@/lib/domain/calendar";
import { taskWarning, WARNINGS, type TWarningContext } from "@/lib/domain/warning";
import { actorFor, departmentId, seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

const today = "2030-05-15";
const context: TWarningContext = { today, timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } };
const day = (offset: number) => addDaysTo(today, offset);

beforeAll(async () => {
  await seedDemoData();
  const db = await getDb();
  const [section] = await db.select().from(goals).where(and(eq(goals.kind, "section"), eq(goals.code, "五、")));
  const [item] = await db.select().from(goals).where(eq(goals.parentId, section!.id));
  // A spread of statuses, dates and progress around "today".
  const specs = [
    { status: "in_progress", due: -10, title: "逾期十天" },
    { status: "submitted", due: -1, title: "逾期一天" },
    { status: "assigned", due: 0, title: "今天到期" },
    { status: "in_progress", due: 5, title: "五天后到期" },
    { status: "in_progress", due: 60, title: "进度落后", start: -60, progress: 10 },
    { status: "in_progress", due: 60, title: "进度正常", start: -60, progress: 60 },
    { status: "completed", due: -30, title: "已办结" },
    { status: "cancelled", due: -30, title: "已撤销" },
    { status: "draft", due: -30, title: "草稿" },
  ] as const;
  for (const spec of specs) {
    const task = await makeTask(spec.status, { title: spec.title, goalId: spec.title === "逾期十天" ? item!.id : null });
    await db
      .update(tasks)
      .set({ dueDate: day(spec.due), startDate: "start" in spec ? day(spec.start) : null, ...("progress" in spec ? { progress: spec.progress } : {}) })
      .where(eq(tasks.id, task.id));
  }
  // One led by another department, invisible to 区司法局.
  const other = await makeTask("in_progress", { title: "市场监管局牵头", leadDepartmentId: await departmentId("区市场监督管理局"), cooperatingDepartmentIds: [] });
  await db.update(tasks).set({ dueDate: day(-3) }).where(eq(tasks.id, other.id));
});

describe("task list", () => {
  it("classifies warnings in SQL exactly as the pure function does", async () => {
    const db = await getDb();
    const rows = await db.select().from(tasks);
    for (const warning of WARNINGS) {
      const inSql = await db.select({ id: tasks.id }).from(tasks).where(warningConditionSql(warning, today, context.timeZone, context.policy));
      const inJs = rows.filter((r) => taskWarning(r, context) === warning).map((r) => r.id);
      expect(inSql.map((r) => r.id).sort(), warning).toEqual(inJs.sort());
    }
  });

  it("filters by warning, status, text, due range and plan section", async () => {
    const supervisor = await actorFor("supervisor");
    const titles = async (filter: Parameters<typeof listTasks>[1]) => (await listTasks(supervisor, filter, context)).items.map((i) => i.title).sort();
    expect(await titles({ warning: "red" })).toEqual(["市场监管局牵头", "逾期一天", "逾期十天"].sort());
    expect(await titles({ warning: "yellow" })).toEqual(["五天后到期", "今天到期", "进度落后"].sort());
    expect(await titles({ status: ["completed", "cancelled"] })).toEqual(["已办结", "已撤销"].sort());
    expect(await titles({ q: "逾期" })).toEqual(["逾期一天", "逾期十天"].sort());
    expect(await titles({ q: "100%_" })).toEqual([]);
    expect(await titles({ dueFrom: day(0), dueTo: day(5) })).toEqual(["五天后到期", "今天到期"].sort());
    const [section] = await (await getDb()).select().from(goals).where(and(eq(goals.kind, "section"), eq(goals.code, "五、")));
    expect(await titles({ sectionId: section!.id })).toEqual(["逾期十天"]);
  });

  it("shows department users only their department's published tasks", async () => {
    const head = await actorFor("sfj_head");
    const page = await listTasks(head, {}, context);
    expect(page.items.map((i) => i.title)).not.toContain("市场监管局牵头");
    expect(page.items.map((i) => i.title)).not.toContain("草稿");
    const scj = await listTasks(await actorFor("scj_officer"), {}, context);
    expect(scj.items.map((i) => i.title)).toEqual(["市场监管局牵头"]);
  });

  it("pages by key with a stable order and a total, even with inserts in between", async () => {
    const supervisor = await actorFor("supervisor");
    for (const sort of ["due", "updated", "created"] as const) {
      const all = await listTasks(supervisor, { sort, limit: 200 }, context);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<typeof listTasks>> = await listTasks(supervisor, { sort, limit: 3, cursor }, context);
        expect(page.total.n).toBeGreaterThanOrEqual(all.total.n);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
        if (pages === 0) await makeTask("draft", { title: "分页期间新增" });
        pages++;
      } while (cursor);
      const original = all.items.map((i) => i.id);
      expect(seen.filter((id) => original.includes(id)), sort).toEqual(original);
      expect(new Set(seen).size).toBe(seen.length);
    }
  });
});

describe("overdue list", () => {
  it("lists overdue tasks by days overdue with counts by department, scoped", async () => {
    const leader = await actorFor("leader");
    const result = await listOverdueTasks(leader, context, "days", { limit: 50 });
    expect(result.items.map((i) => [i.title, i.daysOverdue])).toEqual([
      ["逾期十天", 10],
      ["市场监管局牵头", 3],
      ["逾期一天", 1],
    ]);
    expect(result.total).toBe(3);
    expect(result.byDepartment).toEqual([
      { departmentId: await departmentId("区司法局"), departmentName: "区司法局", n: 2 },
      { departmentId: await departmentId("区市场监督管理局"), departmentName: "区市场监督管理局", n: 1 },
    ]);
    const scoped = await listOverdueTasks(await actorFor("scj_officer"), context, "days", { limit: 50 });
    expect(scoped.items.map((i) => i.title)).toEqual(["市场监管局牵头"]);
  });

  it("pages every sort: pages of two, one after another, give the whole list once, in its order", async () => {
    const leader = await actorFor("leader");
    for (const sort of ["days", "department", "lastProgress"] as const) {
      const whole = await listOverdueTasks(leader, context, sort, { limit: 50 });
      expect(whole.hasNext, sort).toBe(false);
      const paged: string[] = [];
      for (let offset = 0; ; offset += 2) {
        const page = await listOverdueTasks(leader, context, sort, { limit: 2, offset });
        paged.push(...page.items.map((i) => i.id));
        // The counts by department and the total are over every overdue task, whichever the page.
        expect(page.total, sort).toBe(whole.total);
        expect(page.byDepartment, sort).toEqual(whole.byDepartment);
        expect(page.hasNext, sort).toBe(offset + 2 < whole.total);
        if (!page.hasNext) break;
      }
      expect(paged, sort).toEqual(whole.items.map((i) => i.id));
      expect(whole.items.length, sort).toBe(3);
    }
  });

  it("counts by lead department from the kept summary for those who see everything, equal to a count of the tasks, with the tasks without a lead", async () => {
    const db = await getDb();
    const leader = await actorFor("leader");
    // An overdue task no department leads: the summary's task rows count it, no lead row does.
    const [orphan] = await db.insert(tasks).values({ title: "无牵头单位的逾期任务", status: "in_progress", dueDate: day(-4) }).returning({ id: tasks.id });
    const counted = async (on: TWarningContext) => {
      const rows = await executeRows<{ department_id: string | null; n: number }>(db, sql`
        select l.department_id, count(*)::integer as n from tasks t left join task_departments l on l.task_id = t.id and l.role = 'lead'
        where t.status in ('assigned', 'in_progress', 'submitted') and t.due_date < ${on.today}::date group by 1`);
      return new Map(rows.map((r) => [r.department_id, Number(r.n)]));
    };
    for (const on of [context, { ...context, today: day(1) }, context]) {
      const result = await listOverdueTasks(leader, on, "days", { limit: 50 });
      const expected = await counted(on);
      expect(new Map(result.byDepartment.map((d) => [d.departmentId, d.n])), on.today).toEqual(expected);
      expect(result.total, on.today).toBe([...expected.values()].reduce((a, b) => a + b, 0));
      expect(result.byDepartment.find((d) => d.departmentId === null)).toEqual({ departmentId: null, departmentName: null, n: 1 });
      // Most first; among equals by name, the row without a department last.
      const order = result.byDepartment.map((d) => d.n);
      expect(order).toEqual([...order].sort((a, b) => b - a));
    }
    await db.delete(tasks).where(eq(tasks.id, orphan!.id));
    expect((await listOverdueTasks(leader, context, "days", { limit: 50 })).byDepartment.some((d) => d.departmentId === null)).toBe(false);
  });

  it("turns a task due today red at midnight in the configured zone", async () => {
    const leader = await actorFor("leader");
    const tomorrow = { ...context, today: day(1) };
    expect((await listOverdueTasks(leader, context, "days", { limit: 50 })).items.map((i) => i.title)).not.toContain("今天到期");
    expect((await listOverdueTasks(leader, tomorrow, "days", { limit: 50 })).items.map((i) => i.title)).toContain("今天到期");
    const db = await getDb();
    const [row] = await db.select({ n: sql<number>`count(*)` }).from(tasks).where(eq(tasks.title, "今天到期"));
    expect(Number(row!.n)).toBe(1);
  });
});
