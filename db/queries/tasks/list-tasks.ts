import "server-only";
import { aliasedTable, and, asc, count, eq, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, taskDepartments, tasks, users } from "@/db/schema";
import { visibleDepartmentIds, type TScopedActor } from "@/lib/domain/scope";
import { taskWarning, type TWarningContext } from "@/lib/domain/warning";
import { decodeCursor, encodeCursor } from "./cursor";
import { keysetCondition, orderFor, SORT_KEYS, taskFilterConditions, type TTaskFilter } from "./task-filter-sql";

export { keysetCondition, orderFor, SORT_KEYS, TASK_SORTS, taskFilterConditions, type TTaskFilter, type TTaskSort } from "./task-filter-sql";

/** Past this many matching tasks a list says "more than" instead of counting them all. */
export const TOTAL_CAP = 1000;

/** A list's total: exact when `more` is false; otherwise at least `n` (the cap) match. */
export type TListTotal = { n: number; more: boolean };

const leadLink = aliasedTable(taskDepartments, "lead_link");
const leadDepartment = aliasedTable(departments, "lead_department");
// The department a list is read through (ADR 016): its links in due order are one index range.
const deptLink = aliasedTable(taskDepartments, "dept_link");

/**
 * The department whose links drive a due-ordered list: the one filtered on, or
 * a department user's own (they see nothing else). Null: read tasks in order.
 */
function drivingDepartment(actor: TScopedActor, filter: TTaskFilter): string | null {
  if ((filter.sort ?? "due") !== "due") return null;
  if (filter.departmentId) return filter.departmentId;
  const visible = visibleDepartmentIds(actor);
  return visible?.length === 1 ? visible[0]! : null;
}

/**
 * FROM and WHERE of a list: either the tasks table in its own order, or one
 * department's task_departments rows (department_id, due_order, task_id) joined
 * to their tasks, so a department's page is a range of one index whatever the
 * number of tasks elsewhere. Both apply the same filters and scoping.
 */
function listSource(actor: TScopedActor, filter: TTaskFilter, context: TWarningContext) {
  const department = drivingDepartment(actor, filter);
  if (!department) return { department, conditions: taskFilterConditions(actor, filter, context), readsTasks: true };
  const conditions = taskFilterConditions(actor, { ...filter, departmentId: undefined, departmentRole: undefined }, context);
  // Whether any condition is on the task itself (a supervisor's plain department list has none).
  const readsTasks = conditions.some((c) => c !== undefined);
  conditions.push(eq(deptLink.departmentId, department));
  if (filter.departmentRole) conditions.push(eq(deptLink.role, filter.departmentRole));
  return { department, conditions, readsTasks };
}

function columns(sortKey: SQL<string>) {
  return {
    id: tasks.id,
    title: tasks.title,
    status: tasks.status,
    priority: tasks.priority,
    dueDate: tasks.dueDate,
    originalDueDate: tasks.originalDueDate,
    startDate: tasks.startDate,
    publishedAt: tasks.publishedAt,
    progress: tasks.progress,
    lastProgressAt: tasks.lastProgressAt,
    version: tasks.version,
    updatedAt: tasks.updatedAt,
    createdAt: tasks.createdAt,
    goalId: tasks.goalId,
    leadDepartmentId: leadDepartment.id,
    leadDepartmentName: leadDepartment.name,
    ownerName: users.name,
    sortKey,
  };
}

/**
 * One page of the tasks the actor may see, in a stable order, in one
 * statement and without a total. Pages are keyed by the last row (never
 * OFFSET), so a page costs the same at row 100,000 as at row 1 and rows added
 * meanwhile are not skipped.
 */
export async function listTaskPage(actor: TScopedActor, filter: TTaskFilter, context: TWarningContext) {
  const db = await getDb();
  const sort = filter.sort ?? "due";
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
  const cursor = decodeCursor(filter.cursor);
  const { department, conditions } = listSource(actor, filter, context);
  const rows = department
    ? await db
        .select(columns(sql<string>`${deptLink.dueOrder}::text`))
        .from(deptLink)
        .innerJoin(tasks, eq(tasks.id, deptLink.taskId))
        .leftJoin(leadLink, and(eq(leadLink.taskId, tasks.id), eq(leadLink.role, "lead")))
        .leftJoin(leadDepartment, eq(leadDepartment.id, leadLink.departmentId))
        .leftJoin(users, eq(users.id, tasks.ownerId))
        .where(and(...conditions, cursor ? sql`(${deptLink.dueOrder}, ${deptLink.taskId}) > (${String(cursor[0])}::date, ${cursor[1]}::uuid)` : undefined))
        .orderBy(asc(deptLink.dueOrder), asc(deptLink.taskId))
        .limit(limit + 1)
    : await db
        .select(columns(SORT_KEYS[sort].key))
        .from(tasks)
        .leftJoin(leadLink, and(eq(leadLink.taskId, tasks.id), eq(leadLink.role, "lead")))
        .leftJoin(leadDepartment, eq(leadDepartment.id, leadLink.departmentId))
        .leftJoin(users, eq(users.id, tasks.ownerId))
        .where(and(...conditions, keysetCondition(sort, cursor)))
        .orderBy(...orderFor(sort))
        .limit(limit + 1);
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map(({ sortKey: _sortKey, ...row }) => ({ ...row, warning: taskWarning(row, context) })),
    nextCursor: hasMore && last ? encodeCursor([last.sortKey, last.id]) : null,
  };
}

/**
 * How many tasks match, counted no further than `cap` + 1 rows: the count
 * of a million-row filter costs what a thousand-row one does, and the page
 * says "more than 1,000" instead.
 */
export async function countTasks(actor: TScopedActor, filter: TTaskFilter, context: TWarningContext, cap = TOTAL_CAP): Promise<TListTotal> {
  const db = await getDb();
  const { department, conditions, readsTasks } = listSource(actor, filter, context);
  // task_departments.task_id references tasks: without a condition on the task, its links alone count.
  const matching = !department
    ? db.select({ one: sql`1` }).from(tasks).where(and(...conditions))
    : readsTasks
      ? db.select({ one: sql`1` }).from(deptLink).innerJoin(tasks, eq(tasks.id, deptLink.taskId)).where(and(...conditions))
      : db.select({ one: sql`1` }).from(deptLink).where(and(...conditions));
  const [row] = await db.select({ n: count() }).from(matching.limit(cap + 1).as("capped"));
  const n = Number(row?.n ?? 0);
  return n > cap ? { n: cap, more: true } : { n, more: false };
}

/** A page and its (capped) total, for pages that show one. */
export async function listTasks(actor: TScopedActor, filter: TTaskFilter, context: TWarningContext, cap = TOTAL_CAP) {
  const [page, total] = await Promise.all([listTaskPage(actor, filter, context), countTasks(actor, filter, context, cap)]);
  return { ...page, total };
}

export type TTaskListItem = Awaited<ReturnType<typeof listTaskPage>>["items"][number];
