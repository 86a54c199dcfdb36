import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { frameworkIndicators, indicatorFrameworks, taskIndicatorTags } from "@/db/schema";
import { effectiveWeights, type TWeightedIndicator } from "@/lib/domain/indicators/weights";
import { listFrameworkIndicators } from "./frameworks";

/**
 * 考核 by indicator: for each task, the indicators of the framework that weighs
 * the assessment, with their effective weights. Empty — the assessment stays as
 * it was — when no framework is chosen or none of its indicators has a weight.
 */
export async function assessmentIndicatorsByTask(taskIds: string[]): Promise<Map<string, TWeightedIndicator[]>> {
  const result = new Map<string, TWeightedIndicator[]>();
  if (taskIds.length === 0) return result;
  const db = await getDb();
  const weighting = await assessmentWeighting();
  if (!weighting) return result;
  const { framework, indicators } = weighting;
  const weights = effectiveWeights(indicators);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const tags = await db
    .select({ taskId: taskIndicatorTags.taskId, indicatorId: taskIndicatorTags.indicatorId })
    .from(taskIndicatorTags)
    .innerJoin(frameworkIndicators, eq(frameworkIndicators.id, taskIndicatorTags.indicatorId))
    .where(and(eq(frameworkIndicators.frameworkId, framework.id), inArray(taskIndicatorTags.taskId, taskIds)));
  for (const tag of tags) {
    const indicator = byId.get(tag.indicatorId)!;
    const list = result.get(tag.taskId) ?? [];
    list.push({ code: indicator.code, name: indicator.name, weight: weights.get(indicator.code) ?? 1 });
    result.set(tag.taskId, list);
  }
  return result;
}

/** The framework that weighs the assessment and its indicators; null when none is chosen or none of its indicators has a weight. */
export async function assessmentWeighting() {
  const db = await getDb();
  const [framework] = await db.select({ id: indicatorFrameworks.id }).from(indicatorFrameworks).where(eq(indicatorFrameworks.useInAssessment, true));
  if (!framework) return null;
  const indicators = await listFrameworkIndicators(framework.id, db);
  return indicators.some((i) => i.weight !== null) ? { framework, indicators } : null;
}
