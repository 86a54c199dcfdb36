import { and, asc, desc, eq, ilike, inArray, isNotNull, or, type SQL, sql } from "drizzle-orm";
import { goals, taskDepartments, tasks } from "@/db/schema";
import type { TTaskStatus } from "@/lib/domain/codes";
import type { TScopedActor } from "@/lib/domain/scope";
import type { TWarning, TWarningContext } from "@/lib/domain/warning";
import type { decodeCursor } from "./cursor";
import { indicatorConditionSql } from "./indicator-filter-sql";
import { taskVisibility } from "./scope";
import { overdueConditionSql, warningConditionSql } from "./warning-sql";

export const TASK_SORTS = ["due", "updated", "created"] as const;
export type TTaskSort = (typeof TASK_SORTS)[number];

export type TTaskFilter = {
  status?: TTaskStatus[] | undefined;
  departmentId?: string | undefined;
  /** With departmentId: only where it leads (or only where it cooperates). */
  departmentRole?: "lead" | "cooperating" | undefined;
  warning?: TWarning | undefined;
  /** Any of these warnings (the workbench's "in progress with warnings"). */
  warnings?: TWarning[] | undefined;
  /** Sent back for rework: in progress, and the last transition was a rejection. */
  returned?: boolean | undefined;
  overdue?: boolean | undefined;
  sectionId?: string | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  q?: string | undefined;
  /** An indicator code (1211:A2): tasks tagged with it or with an indicator under it. */
  indicator?: string | undefined;
  sort?: TTaskSort | undefined;
  cursor?: string | null | undefined;
  limit?: number | undefined;
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
