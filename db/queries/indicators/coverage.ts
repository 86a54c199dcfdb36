import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { frameworkIndicators, taskIndicatorTags, tasks } from "@/db/schema";
import { rollUpCoverage } from "@/lib/domain/indicators/coverage";
import { nestIndicators } from "@/lib/domain/indicators/tree";
import type { TScopedActor } from "@/lib/domain/scope";
import type { TWarningContext } from "@/lib/domain/warning";
import { taskFilterConditions } from "../tasks/list-tasks";
import { overdueConditionSql } from "../tasks/warning-sql";
import { listFrameworkIndicators } from "./frameworks";

/** Coverage counts every task but the cancelled ones (the task list's status filter says the same). */
export const COVERAGE_STATUSES = ["draft", "assigned", "in_progress", "submitted", "completed"] as const;

/**
 * 覆盖与达成 of one framework as the actor sees it: the tasks tagged with each
 * indicator, through the task list's own filter conditions (department scope,
 * status) and its overdue rule, rolled up the tree; indicators that nothing
 * serves are gaps.
 */
export async function frameworkCoverage(actor: TScopedActor, frameworkId: string, context: TWarningContext) {
  const db = await getDb();
  const indicators = await listFrameworkIndicators(frameworkId, db);
  const conditions = taskFilterConditions(actor, { status: [...COVERAGE_STATUSES] }, context);
  const tags = await db
    .select({
      indicatorCode: frameworkIndicators.code,
      taskId: tasks.id,
      completed: sql<boolean>`${tasks.status} = 'completed'`,
      overdue: sql<boolean>`coalesce(${overdueConditionSql(context.today)}, false)`,
    })
    .from(taskIndicatorTags)
    .innerJoin(frameworkIndicators, eq(frameworkIndicators.id, taskIndicatorTags.indicatorId))
    .innerJoin(tasks, eq(tasks.id, taskIndicatorTags.taskId))
    .where(and(eq(frameworkIndicators.frameworkId, frameworkId), ...conditions));
  const coverage = rollUpCoverage(indicators, tags);
  const rows = indicators.map((i) => ({ id: i.id, code: i.code, name: i.name, level: i.level, parentCode: i.parentCode, ...coverage.get(i.code)! }));
  return {
    tree: nestIndicators(rows),
    gaps: rows.filter((r) => r.gap).length,
    total: rows.length,
    taskIds: [...new Set(tags.map((t) => t.taskId))],
  };
}

export type TFrameworkCoverage = Awaited<ReturnType<typeof frameworkCoverage>>;
