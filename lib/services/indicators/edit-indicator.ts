import { and, eq, inArray, max, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { countIndicatorTags, listFrameworkIndicators } from "@/db/queries/indicators/frameworks";
import { frameworkIndicators } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { INDICATOR_MAX_DEPTH, subtreeCodes } from "@/lib/domain/indicators/tree";
import { assertCan } from "@/lib/domain/permissions";
import { AppError, staleVersion } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { inTransaction } from "@/lib/services/transaction";
import { updateAtVersion } from "@/lib/services/versioned-update";
import type { ZIndicatorCreateSchema, ZIndicatorDeleteSchema, ZIndicatorMoveSchema, ZIndicatorUpdateSchema } from "@/lib/validation/indicators";
import type { z } from "@/lib/validation/zod";
import { bumpFramework, lockFramework } from "./framework-lock";

const NOT_FOUND = "indicators.errors.indicatorNotFound";
const codeTaken = (code: string) =>
  new AppError("CONFLICT", "indicators.errors.codeTaken", { params: { code }, fieldErrors: { code: ["indicators.errors.codeTaken"] } });

/** Runs a tree edit with the framework locked; a code already used in the framework is a 409 in words. */
async function treeEdit<T>(code: string | null, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (code && isUniqueViolation(error)) throw codeTaken(code);
    throw error;
  }
}

/** Loads the indicator and locks its framework; a stale indicator version is a 409. */
async function lockIndicator(tx: Tx, id: string, version: number) {
  const [row] = await tx.select().from(frameworkIndicators).where(eq(frameworkIndicators.id, id));
  if (!row) throw new AppError("NOT_FOUND", NOT_FOUND);
  const framework = await lockFramework(tx, row.frameworkId);
  if (row.version !== version) throw staleVersion();
  return { row, framework };
}

async function parentIn(tx: Tx, frameworkId: string, parentId: string | null) {
  if (!parentId) return null;
  const [parent] = await tx
    .select()
    .from(frameworkIndicators)
    .where(and(eq(frameworkIndicators.id, parentId), eq(frameworkIndicators.frameworkId, frameworkId)));
  if (!parent) throw new AppError("VALIDATION", "indicators.errors.parentMissing", { fieldErrors: { parentId: ["indicators.errors.parentMissing"] } });
  return parent;
}

export async function createIndicator(actor: TActor, input: z.output<typeof ZIndicatorCreateSchema>) {
  assertCan(actor, "indicator:manage");
  return treeEdit(input.code, () =>
    inTransaction(async (tx) => {
      const framework = await lockFramework(tx, input.frameworkId, input.frameworkVersion);
      const parent = await parentIn(tx, framework.id, input.parentId);
      const level = parent ? parent.level + 1 : 1;
      if (level > INDICATOR_MAX_DEPTH) throw new AppError("RULE", "indicators.errors.tooDeep", { params: { n: INDICATOR_MAX_DEPTH } });
      const [last] = await tx
        .select({ n: max(frameworkIndicators.sortOrder) })
        .from(frameworkIndicators)
        .where(and(eq(frameworkIndicators.frameworkId, framework.id), parent ? eq(frameworkIndicators.parentId, parent.id) : sql`${frameworkIndicators.parentId} is null`));
      const [created] = await tx
        .insert(frameworkIndicators)
        .values({ frameworkId: framework.id, code: input.code, name: input.name, level, parentId: parent?.id ?? null, sortOrder: (last?.n ?? 0) + 1 })
        .returning();
      await bumpFramework(tx, framework.id);
      await appendAuditEvent(tx, {
        actorId: actor.id,
        action: "indicator.create",
        entityType: "framework_indicator",
        entityId: created!.id,
        data: { frameworkCode: framework.code, code: input.code, name: input.name, parentCode: parent?.code ?? null },
        ip: actor.ip,
      });
      return created!;
    }),
  );
}

/** Rename or re-code: tags follow the indicator (they hold its id, not its code). */
export async function updateIndicator(actor: TActor, input: z.output<typeof ZIndicatorUpdateSchema>) {
  assertCan(actor, "indicator:manage");
  return treeEdit(input.code, () =>
    inTransaction(async (tx) => {
      const { row, framework } = await lockIndicator(tx, input.id, input.version);
      const after = await updateAtVersion(tx, frameworkIndicators, row.id, input.version, { code: input.code, name: input.name }, NOT_FOUND);
      await bumpFramework(tx, framework.id);
      await appendAuditEvent(tx, {
        actorId: actor.id,
        action: "indicator.update",
        entityType: "framework_indicator",
        entityId: row.id,
        data: { frameworkCode: framework.code, before: { code: row.code, name: row.name }, after: { code: input.code, name: input.name } },
        ip: actor.ip,
      });
      return after;
    }),
  );
}

/** Moves an indicator (with everything below it) under another parent, or to the top; levels follow. */
export async function moveIndicator(actor: TActor, input: z.output<typeof ZIndicatorMoveSchema>) {
  assertCan(actor, "indicator:manage");
  return inTransaction(async (tx) => {
    const { row, framework } = await lockIndicator(tx, input.id, input.version);
    const all = await listFrameworkIndicators(framework.id, tx);
    const below = subtreeCodes(all, row.code);
    const parent = await parentIn(tx, framework.id, input.parentId);
    if (parent && below.has(parent.code)) throw new AppError("RULE", "indicators.errors.cycle", { fieldErrors: { parentId: ["indicators.errors.cycle"] } });
    const delta = (parent ? parent.level + 1 : 1) - row.level;
    const deepest = Math.max(...all.filter((i) => below.has(i.code)).map((i) => i.level));
    if (deepest + delta > INDICATOR_MAX_DEPTH) throw new AppError("RULE", "indicators.errors.tooDeep", { params: { n: INDICATOR_MAX_DEPTH } });
    const after = await updateAtVersion(
      tx,
      frameworkIndicators,
      row.id,
      input.version,
      { parentId: parent?.id ?? null, ...(input.sortOrder === undefined ? {} : { sortOrder: input.sortOrder }) },
      NOT_FOUND,
    );
    if (delta !== 0) {
      const ids = all.filter((i) => below.has(i.code)).map((i) => i.id);
      await tx
        .update(frameworkIndicators)
        .set({ level: sql`${frameworkIndicators.level} + ${delta}` })
        .where(inArray(frameworkIndicators.id, ids));
    }
    await bumpFramework(tx, framework.id);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "indicator.move",
      entityType: "framework_indicator",
      entityId: row.id,
      data: { frameworkCode: framework.code, code: row.code, fromParentId: row.parentId, toParentCode: parent?.code ?? null },
      ip: actor.ip,
    });
    return { ...after, level: after.level + delta };
  });
}

/**
 * Deletes an indicator and everything below it — refused in words while any of
 * them is tagged on a task or goal (the database's foreign keys refuse it too).
 */
export async function deleteIndicator(actor: TActor, input: z.output<typeof ZIndicatorDeleteSchema>) {
  assertCan(actor, "indicator:manage");
  return inTransaction(async (tx) => {
    const { row, framework } = await lockIndicator(tx, input.id, input.version);
    const all = await listFrameworkIndicators(framework.id, tx);
    const below = subtreeCodes(all, row.code);
    const ids = all.filter((i) => below.has(i.code)).map((i) => i.id);
    const tags = [...(await countIndicatorTags(ids, tx)).values()].reduce((a, b) => a + b, 0);
    if (tags > 0) throw new AppError("RULE", "indicators.errors.hasTags", { params: { code: row.code, n: tags } });
    await tx.delete(frameworkIndicators).where(inArray(frameworkIndicators.id, ids));
    await bumpFramework(tx, framework.id);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "indicator.delete",
      entityType: "framework_indicator",
      entityId: row.id,
      data: { frameworkCode: framework.code, code: row.code, name: row.name, codes: [...below] },
      ip: actor.ip,
    });
    return { deleted: ids.length };
  });
}
