import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { goalIndicatorTags, taskIndicatorTags } from "@/db/schema";
import { loadIndicatorCatalogue, type TCatalogueEntry } from "@/db/queries/indicator-tags/catalogue";
import { formatCodeList, indexCatalogue, qualifiedCodeOf, resolveCodes } from "@/lib/domain/indicator-tags/codes";
import { AppError } from "@/lib/errors";

export type TResolvedTags = { codes: string[]; indicatorIds: string[] };

/** The frameworks as a code index, loaded once per write (an import resolves every row against it). */
export async function loadTagResolver(tx: Tx) {
  const catalogue = await loadIndicatorCatalogue(tx);
  const index = indexCatalogue(catalogue);
  const idOf = new Map(catalogue.map((entry: TCatalogueEntry) => [qualifiedCodeOf(entry), entry.id]));
  return (written: readonly string[], field = "indicatorCodes"): TResolvedTags => {
    const resolution = resolveCodes(written, index);
    if (resolution.unknown.length > 0) {
      throw new AppError("VALIDATION", "tagging.codesUnknown", {
        params: { codes: formatCodeList(resolution.unknown) },
        fieldErrors: { [field]: ["tagging.unknown"] },
      });
    }
    if (resolution.ambiguous.length > 0) {
      throw new AppError("VALIDATION", "tagging.codesAmbiguous", {
        params: { codes: formatCodeList(resolution.ambiguous) },
        fieldErrors: { [field]: ["tagging.ambiguous"] },
      });
    }
    return { codes: resolution.codes, indicatorIds: resolution.codes.map((code) => idOf.get(code)!) };
  };
}

export type TTagResolver = Awaited<ReturnType<typeof loadTagResolver>>;

/** Replaces a task's tags inside the caller's transaction. */
export async function writeTaskTags(tx: Tx, taskId: string, indicatorIds: readonly string[], actorId: string) {
  await tx.delete(taskIndicatorTags).where(eq(taskIndicatorTags.taskId, taskId));
  if (indicatorIds.length > 0) {
    await tx.insert(taskIndicatorTags).values(indicatorIds.map((indicatorId) => ({ taskId, indicatorId, createdBy: actorId })));
  }
}

/** Replaces a goal's tags inside the caller's transaction. */
export async function writeGoalTags(tx: Tx, goalId: string, indicatorIds: readonly string[], actorId: string) {
  await tx.delete(goalIndicatorTags).where(eq(goalIndicatorTags.goalId, goalId));
  if (indicatorIds.length > 0) {
    await tx.insert(goalIndicatorTags).values(indicatorIds.map((indicatorId) => ({ goalId, indicatorId, createdBy: actorId })));
  }
}

/** Gives each new goal the tags of the goal it copies ([from, to] pairs), inside the caller's transaction. */
export async function copyGoalTags(tx: Tx, pairs: readonly (readonly [string, string])[], actorId: string) {
  if (pairs.length === 0) return;
  const copyOf = new Map(pairs);
  const tags = await tx.select().from(goalIndicatorTags).where(inArray(goalIndicatorTags.goalId, [...copyOf.keys()]));
  if (tags.length === 0) return;
  await tx.insert(goalIndicatorTags).values(tags.map((tag) => ({ goalId: copyOf.get(tag.goalId)!, indicatorId: tag.indicatorId, createdBy: actorId })));
}
