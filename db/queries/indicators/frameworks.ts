import "server-only";
import { asc, count, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Db, type DbOrTx } from "@/db";
import { frameworkIndicators, goalIndicatorTags, indicatorFrameworks, taskIndicatorTags } from "@/db/schema";

/** Every framework with its indicator count, in the configured order. Frameworks are public within the platform. */
export async function listIndicatorFrameworks(db?: DbOrTx) {
  const handle = (db ?? (await getDb())) as Db;
  return handle
    .select({
      id: indicatorFrameworks.id,
      code: indicatorFrameworks.code,
      name: indicatorFrameworks.name,
      kind: indicatorFrameworks.kind,
      description: indicatorFrameworks.description,
      shipped: indicatorFrameworks.shipped,
      useInAssessment: indicatorFrameworks.useInAssessment,
      version: indicatorFrameworks.version,
      indicatorCount: sql<number>`(select count(*)::int from framework_indicators fi where fi.framework_id = "indicator_frameworks"."id")`,
    })
    .from(indicatorFrameworks)
    .orderBy(asc(indicatorFrameworks.sortOrder), asc(indicatorFrameworks.code));
}

export async function getIndicatorFramework(id: string, db?: DbOrTx) {
  const handle = (db ?? (await getDb())) as Db;
  const [row] = await handle.select().from(indicatorFrameworks).where(eq(indicatorFrameworks.id, id));
  return row ?? null;
}

/**
 * A framework's indicators in tree order (parents before children, siblings by
 * sort order then code), each with its parent's code and how many tasks and
 * goals are tagged with it (all tags, whoever may see the task: for deleting).
 */
export async function listFrameworkIndicators(frameworkId: string, db?: DbOrTx) {
  const handle = (db ?? (await getDb())) as Db;
  const rows = await handle
    .select({
      id: frameworkIndicators.id,
      code: frameworkIndicators.code,
      name: frameworkIndicators.name,
      level: frameworkIndicators.level,
      parentId: frameworkIndicators.parentId,
      // A subquery: drizzle types a self-join of one table as never.
      parentCode: sql<string | null>`(select p.code from framework_indicators p where p.id = "framework_indicators"."parent_id")`,
      sortOrder: frameworkIndicators.sortOrder,
      weight: frameworkIndicators.weight,
      version: frameworkIndicators.version,
    })
    .from(frameworkIndicators)
    .where(eq(frameworkIndicators.frameworkId, frameworkId))
    .orderBy(asc(frameworkIndicators.level), asc(frameworkIndicators.sortOrder), asc(frameworkIndicators.code));
  return rows;
}

export type TFrameworkIndicatorRow = Awaited<ReturnType<typeof listFrameworkIndicators>>[number];

/** How many task and goal tags point at each of these indicators. */
export async function countIndicatorTags(indicatorIds: string[], db?: DbOrTx): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  if (indicatorIds.length === 0) return result;
  const handle = (db ?? (await getDb())) as Db;
  const [taskTags, goalTags] = await Promise.all([
    handle
      .select({ id: taskIndicatorTags.indicatorId, n: count() })
      .from(taskIndicatorTags)
      .where(inArray(taskIndicatorTags.indicatorId, indicatorIds))
      .groupBy(taskIndicatorTags.indicatorId),
    handle
      .select({ id: goalIndicatorTags.indicatorId, n: count() })
      .from(goalIndicatorTags)
      .where(inArray(goalIndicatorTags.indicatorId, indicatorIds))
      .groupBy(goalIndicatorTags.indicatorId),
  ]);
  for (const row of [...taskTags, ...goalTags]) result.set(row.id, (result.get(row.id) ?? 0) + Number(row.n));
  return result;
}

/** All frameworks with their indicators, for the public API (docs/product.md). */
export async function listFrameworksWithIndicators() {
  const db = await getDb();
  const frameworks = await listIndicatorFrameworks(db);
  const trees = await Promise.all(frameworks.map((f) => listFrameworkIndicators(f.id, db)));
  return frameworks.map((f, i) => ({ ...f, indicators: trees[i]! }));
}
