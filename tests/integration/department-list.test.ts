import { and, asc, eq, ne, type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { departments, taskDepartments, tasks } from "@/db/schema";
import { countTasks, listTaskPage, type TTaskFilter } from "@/db/queries/tasks/list-tasks";
import type { TScopedActor } from "@/lib/domain/scope";
import type { TWarningContext } from "@/lib/domain/warning";
import { actorFor, departmentId, seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

const context: TWarningContext = { today: "2030-05-15", timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } };

/** Every page of a list, four rows at a time, through its cursors. */
async function walk(actor: TScopedActor, filter: TTaskFilter): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listTaskPage>> = await listTaskPage(actor, { ...filter, cursor, limit: 4 }, context);
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** The order the list promises, written the plain way: tasks of the department by (due date, id). */
async function expected(department: string, role?: "lead" | "cooperating", extra?: SQL) {
  const db = await getDb();
  const roleSql = role ? sql` and td.role = ${role}` : sql``;
  const rows = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(sql`exists (select 1 from ${taskDepartments} td where td.task_id = ${tasks.id} and td.department_id = ${department}${roleSql})`, extra))
    .orderBy(sql`coalesce(${tasks.dueDate}, '9999-12-31'::date)`, asc(tasks.id));
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  await seedDemoData();
  const db = await getDb();
  // Equal due dates (the id breaks ties), no due date (sorts last), and a due date moved after the links were made.
  for (let i = 0; i < 6; i++) await makeTask(i % 2 ? "in_progress" : "draft", { title: `同日任务${i}`, dueDate: "2030-06-01" });
  const moved = await makeTask("assigned", { title: "改期任务", dueDate: "2099-01-01" });
  await db.update(tasks).set({ dueDate: "2030-01-02" }).where(eq(tasks.id, moved.id));
  const undated = await makeTask("draft", { title: "无期限任务" });
  await db.update(tasks).set({ dueDate: null }).where(eq(tasks.id, undated.id));
  // A link added after the task's date was set takes that date.
  const late = await makeTask("draft", { title: "后加协办", dueDate: "2030-03-03" });
  await db.insert(taskDepartments).values({ taskId: late.id, departmentId: await departmentId("区市场监督管理局"), role: "cooperating" });
});

describe("one department's task list (read through task_departments in due order)", () => {
  it("keeps task_departments.due_order equal to the task's due order", async () => {
    const db = await getDb();
    const drift = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(taskDepartments)
      .innerJoin(tasks, eq(tasks.id, taskDepartments.taskId))
      .where(sql`${taskDepartments.dueOrder} <> coalesce(${tasks.dueDate}, '9999-12-31'::date)`);
    expect(drift[0]!.n).toBe(0);
  });

  it("pages every department, with and without a role, in the same order as the tasks table gives", async () => {
    const db = await getDb();
    const supervisor = await actorFor("supervisor");
    const all = await db.select({ id: departments.id, name: departments.name }).from(departments);
    let seen = 0;
    for (const d of all) {
      for (const role of [undefined, "lead", "cooperating"] as const) {
        const want = await expected(d.id, role);
        expect(await walk(supervisor, { departmentId: d.id, departmentRole: role }), `${d.name} ${role ?? "any"}`).toEqual(want);
        seen += want.length;
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it("applies the other filters and a department user's scope on the way", async () => {
    const officer = await actorFor("sfj_officer");
    const sfj = await departmentId("区司法局");
    expect(await walk(officer, {})).toEqual(await expected(sfj, undefined, ne(tasks.status, "draft")));
    const open = sql`${tasks.status} in ('assigned', 'in_progress')`;
    expect(await walk(officer, { status: ["assigned", "in_progress"] })).toEqual(await expected(sfj, undefined, open));
    // Another department's list, asked by this officer: only what is also theirs.
    const scj = await departmentId("区市场监督管理局");
    const both = sql`${tasks.status} <> 'draft' and exists (select 1 from ${taskDepartments} o where o.task_id = ${tasks.id} and o.department_id = ${sfj})`;
    expect(await walk(officer, { departmentId: scj })).toEqual(await expected(scj, undefined, both));
  });

  it("follows a due date that changes after the list was read", async () => {
    const db = await getDb();
    const supervisor = await actorFor("supervisor");
    const sfj = await departmentId("区司法局");
    const [first] = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.title, "同日任务0"));
    await db.update(tasks).set({ dueDate: "2001-01-01" }).where(eq(tasks.id, first!.id));
    const ids = await walk(supervisor, { departmentId: sfj });
    expect(ids[0]).toBe(first!.id);
    expect(ids).toEqual(await expected(sfj));
  });
});

describe("capped totals", () => {
  it("counts exactly up to the cap and says 'more' past it, for the tasks table and for one department", async () => {
    const supervisor = await actorFor("supervisor");
    const sfj = await departmentId("区司法局");
    for (const filter of [{}, { departmentId: sfj }, { departmentId: sfj, status: ["in_progress" as const] }]) {
      const exact = (await walk(supervisor, filter)).length;
      expect(exact).toBeGreaterThan(2);
      expect(await countTasks(supervisor, filter, context, 10_000)).toEqual({ n: exact, more: false });
      expect(await countTasks(supervisor, filter, context, exact)).toEqual({ n: exact, more: false });
      expect(await countTasks(supervisor, filter, context, exact - 1)).toEqual({ n: exact - 1, more: true });
      expect(await countTasks(supervisor, filter, context, 2)).toEqual({ n: 2, more: true });
    }
  });
});
