import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { indicatorFrameworks } from "@/db/schema";
import { clock } from "@/lib/clock";
import { AppError, staleVersion } from "@/lib/errors";

/**
 * Every change to a framework's tree locks the framework row first (so two edits
 * never judge the tree at once: no cycle slips in between) and, when the caller
 * saw a version, refuses a stale one (409).
 */
export async function lockFramework(tx: Tx, frameworkId: string, expectedVersion?: number) {
  const [row] = await tx.select().from(indicatorFrameworks).where(eq(indicatorFrameworks.id, frameworkId)).for("update");
  if (!row) throw new AppError("NOT_FOUND", "indicators.errors.frameworkNotFound");
  if (expectedVersion !== undefined && row.version !== expectedVersion) throw staleVersion();
  return row;
}

/** The tree changed: the framework moves to its next version (an open import preview becomes stale). */
export async function bumpFramework(tx: Tx, frameworkId: string): Promise<number> {
  const [row] = await tx
    .update(indicatorFrameworks)
    .set({ version: sql`${indicatorFrameworks.version} + 1`, updatedAt: clock.now() })
    .where(and(eq(indicatorFrameworks.id, frameworkId)))
    .returning({ version: indicatorFrameworks.version });
  return row!.version;
}
