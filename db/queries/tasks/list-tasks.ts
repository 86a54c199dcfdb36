import "server-only";
import { aliasedTable, and, asc, count, desc, eq, ilike, inArray, isNotNull, or, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, goals, taskDepartments, tasks, users } from "@/db/schema";
import type { TTaskStatus } from "@/lib/domain/codes";
import type { TScopedActor } from "@/lib/domain/scope";
import { taskWarning, type TWarning, type TWarningContext } from "@/lib/domain/warning";
import { decodeCursor, encodeCursor } from "./cursor";
import { indicatorConditionSql } from "./indicator-filter-sql";
import { taskVisibility } from "./scope";
import { overdueConditionSql, warningConditionSql } from "./warning-sql";

export const TASK_SORTS = ["due", "updated", "created"] as const;
export type TTaskSort = (typeof TASK_SORTS)[number];

export type TTaskFilter = {
  status?: TTaskStatus[];
  departmentId?: string;
  /** With departmentId: only where it leads (or only where it cooperates). */
  departmentRole?: "lead" | "cooperating";
  warning?: TWarning;
  /** Any of these warnings (the workbench's "in progress with warnings"). */
  warnings?: TWarning[];
  /** Sent back for rework: in progress, and the last transition was a rejection. */
  returned?: boolean;
  overdue?: boolean;
  sectionId?: string;
  dueFrom?: string;
  dueTo?: string;
  q?: string;
  /** An indicator code (1211:A2): tasks tagged with it or with an indicator under it. */
  indicator?: string;
  sort?: TTaskSort;
  cursor?: string | null;
  limit?: number;
};

const NO_DUE = "9999-12-31";
const dueOrder = sql`coalesce(${tasks.dueDate}, ${NO_DUE}::date)`;

// Each sort's key as PostgreSQL prints it (full microsecond precision for
// timestamps: a JavaScript Date would cut it to milliseconds and skip rows).
export const SORT_KEYS = {
  due: { key: sql<string>`${dueOrder}::text`, column: dueOrder, cast: "date", direction: "asc" },
  updated: { key: sql<string>`${tasks.updatedAt}::text`, column: sql`${tasks.updatedAt}`, cast: "timestamptz", direction: "desc" },
  created: { key: sql<string>`${tasks.createdAt}::text`, column: sql`${tasks.createdAt}`, cast: "timestamptz", direction: "desc" },
} as const;

/** The filter conditions, shared by the page query and its total count. */
export function taskFilterConditions(actor: TScopedActor, filter: TTaskFilter, context: TWarningContext): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [taskVisibility(actor)];
  if (filter.status?.length) conditions.push(inArray(tasks.status, filter.status));
  if (filter.departmentId) {
    const role = filter.departmentRole ? sql` and td.role = ${filter.departmentRole}` : sql``;
    conditions.push(
      sql`exists (select 1 from ${taskDepartments} td where td.task_id = ${tasks.id} and td.department_id = ${filter.departmentId}${role})`,
    );
  }
  if (filter.warning) conditions.push(warningConditionSql(filter.warning, context.today, context.timeZone, context.policy));
  if (filter.warnings?.length) {
    conditions.push(or(...filter.warnings.map((w) => warningConditionSql(w, context.today, context.timeZone, context.policy))));
  }
  if (filter.returned) {
    conditions.push(and(eq(tasks.status, "in_progress"), isNotNull(tasks.returnedAt)));
  }
  if (filter.overdue) conditions.push(overdueConditionSql(context.today));
  if (filter.sectionId) {
    conditions.push(sql`${tasks.goalId} in (
      with recursive subtree as (
        select id from ${goals} where id = ${filter.sectionId}
        union all select g.id from ${goals} g join subtree s on g.parent_id = s.id
      ) select id from subtree)`);
  }
  if (filter.dueFrom) conditions.push(sql`${tasks.dueDate} >= ${filter.dueFrom}::date`);
  if (filter.dueTo) conditions.push(sql`${tasks.dueDate} <= ${filter.dueTo}::date`);
  if (filter.indicator) conditions.push(indicatorConditionSql(filter.indicator));
  if (filter.q) conditions.push(ilike(tasks.title, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return conditions;
}

export function keysetCondition(sort: TTaskSort, cursor: ReturnType<typeof decodeCursor>): SQL | undefined {
  if (!cursor) return undefined;
  const [key, id] = cursor;
  const { column, cast, direction } = SORT_KEYS[sort];
  const value = sql`${String(key)}::${sql.raw(cast)}`;
  return direction === "asc"
    ? sql`(${column} > ${value} or (${column} = ${value} and ${tasks.id} > ${id}))`
    : sql`(${column} < ${value} or (${column} = ${value} and ${tasks.id} < ${id}))`;
}

export function orderFor(sort: TTaskSort): SQL[] {
  const { column, direction } = SORT_KEYS[sort];
  return direction === "asc" ? [asc(column), asc(tasks.id)] : [desc(column), desc(tasks.id)];
}

const leadLink = aliasedTable(taskDepartments, "lead_link");
const leadDepartment = aliasedTable(departments, "lead_department");

/**
 * One page of the tasks the actor may see, in a stable order, with the total
 * that match. Pages are keyed by the last row (never OFFSET), so a page costs
 * the same at row 100,000 as at row 1 and rows added meanwhile are not skipped.
 */
export async function listTasks(actor: TScopedActor, filter: TTaskFilter, context: TWarningContext) {
  const db = await getDb();
  const sort = filter.sort ?? "due";
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
  const conditions = taskFilterConditions(actor, filter, context);
  const [rows, [total]] = await Promise.all([
    db
      .select({
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
        sortKey: SORT_KEYS[sort].key,
      })
      .from(tasks)
      .leftJoin(leadLink, and(eq(leadLink.taskId, tasks.id), eq(leadLink.role, "lead")))
      .leftJoin(leadDepartment, eq(leadDepartment.id, leadLink.departmentId))
      .leftJoin(users, eq(users.id, tasks.ownerId))
      .where(and(...conditions, keysetCondition(sort, decodeCursor(filter.cursor))))
      .orderBy(...orderFor(sort))
      .limit(limit + 1),
    db.select({ n: count() }).from(tasks).where(and(...conditions)),
  ]);
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map(({ sortKey: _sortKey, ...row }) => ({ ...row, warning: taskWarning(row, context) })),
    total: Number(total?.n ?? 0),
    nextCursor: hasMore && last ? encodeCursor([last.sortKey, last.id]) : null,
  };
}

export type TTaskListItem = Awaited<ReturnType<typeof listTasks>>["items"][number];
