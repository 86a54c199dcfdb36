import "server-only";
import { aliasedTable, asc, eq, inArray } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db";
import { frameworkIndicators, goalIndicatorTags, indicatorFrameworks, taskIndicatorTags } from "@/db/schema";
import { qualifyCode, type TCatalogueIndicator } from "@/lib/domain/indicator-tags/codes";
import { inTreeOrder } from "@/lib/domain/indicator-tags/tree-order";

export type TCatalogueEntry = TCatalogueIndicator & { id: string };

const parent = aliasedTable(frameworkIndicators, "parent_indicator");

/**
 * Every indicator of every framework, frameworks in their order and each tree
 * depth-first (a parent before its children), as tags are chosen, checked and
 * suggested against. The frameworks are reference data every signed-in role reads.
 */
export async function loadIndicatorCatalogue(db?: DbOrTx): Promise<TCatalogueEntry[]> {
  const handle = db ?? (await getDb());
  const rows = await handle
    .select({
      id: frameworkIndicators.id,
      frameworkCode: indicatorFrameworks.code,
      frameworkName: indicatorFrameworks.name,
      code: frameworkIndicators.code,
      name: frameworkIndicators.name,
      level: frameworkIndicators.level,
      parentCode: parent.code,
    })
    .from(frameworkIndicators)
    .innerJoin(indicatorFrameworks, eq(indicatorFrameworks.id, frameworkIndicators.frameworkId))
    .leftJoin(parent, eq(parent.id, frameworkIndicators.parentId))
    .orderBy(asc(indicatorFrameworks.sortOrder), asc(indicatorFrameworks.code), asc(frameworkIndicators.sortOrder), asc(frameworkIndicators.code));
  return inTreeOrder(rows);
}

const tagColumns = { framework: indicatorFrameworks.code, frameworkName: indicatorFrameworks.name, code: frameworkIndicators.code, name: frameworkIndicators.name };
// Framework by framework, then by code (A1, A2, B1): the order a list of codes is read in.
const tagOrder = [asc(indicatorFrameworks.sortOrder), asc(indicatorFrameworks.code), asc(frameworkIndicators.code)];

/** A tag as pages show it: the qualified code, the indicator's name and its framework's. */
export type TIndicatorTag = { code: string; name: string; frameworkName: string };

/** Tasks' tags in framework order, by task id. Not scoped: callers pass tasks the actor may see. */
export async function taskIndicatorTagsOf(taskIds: readonly string[], db?: DbOrTx): Promise<Map<string, TIndicatorTag[]>> {
  const result = new Map<string, TIndicatorTag[]>(taskIds.map((id) => [id, []]));
  if (taskIds.length === 0) return result;
  const rows = await (db ?? (await getDb()))
    .select({ ownerId: taskIndicatorTags.taskId, ...tagColumns })
    .from(taskIndicatorTags)
    .innerJoin(frameworkIndicators, eq(frameworkIndicators.id, taskIndicatorTags.indicatorId))
    .innerJoin(indicatorFrameworks, eq(indicatorFrameworks.id, frameworkIndicators.frameworkId))
    .where(inArray(taskIndicatorTags.taskId, [...taskIds]))
    .orderBy(...tagOrder);
  for (const row of rows) result.get(row.ownerId)?.push({ code: qualifyCode(row.framework, row.code), name: row.name, frameworkName: row.frameworkName });
  return result;
}

/** Goals' tags in framework order, by goal id. */
export async function goalIndicatorTagsOf(goalIds: readonly string[], db?: DbOrTx): Promise<Map<string, TIndicatorTag[]>> {
  const result = new Map<string, TIndicatorTag[]>(goalIds.map((id) => [id, []]));
  if (goalIds.length === 0) return result;
  const rows = await (db ?? (await getDb()))
    .select({ ownerId: goalIndicatorTags.goalId, ...tagColumns })
    .from(goalIndicatorTags)
    .innerJoin(frameworkIndicators, eq(frameworkIndicators.id, goalIndicatorTags.indicatorId))
    .innerJoin(indicatorFrameworks, eq(indicatorFrameworks.id, frameworkIndicators.frameworkId))
    .where(inArray(goalIndicatorTags.goalId, [...goalIds]))
    .orderBy(...tagOrder);
  for (const row of rows) result.get(row.ownerId)?.push({ code: qualifyCode(row.framework, row.code), name: row.name, frameworkName: row.frameworkName });
  return result;
}

const codesOnly = (tags: Map<string, TIndicatorTag[]>) => new Map([...tags].map(([id, list]) => [id, list.map((tag) => tag.code)]));

/** Tasks' tags as qualified codes, by task id. */
export async function taskIndicatorCodes(taskIds: readonly string[], db?: DbOrTx): Promise<Map<string, string[]>> {
  return codesOnly(await taskIndicatorTagsOf(taskIds, db));
}

/** Goals' tags as qualified codes, by goal id. */
export async function goalIndicatorCodes(goalIds: readonly string[], db?: DbOrTx): Promise<Map<string, string[]>> {
  return codesOnly(await goalIndicatorTagsOf(goalIds, db));
}
