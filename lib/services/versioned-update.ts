import { and, eq, sql, type InferSelectModel } from "drizzle-orm";
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { AppError, staleVersion } from "@/lib/errors";
import { clock } from "@/lib/clock";

type TVersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * The one optimistic update: writes `changes` only if the row is still at the
 * version the user saw, moving the version and updated_at with it. Zero rows
 * changed means the row moved on (409 staleVersion) or is not there (404,
 * with the caller's message key), so that nobody's update is silently lost.
 */
export async function updateAtVersion<T extends TVersionedTable>(
  tx: Tx,
  table: T,
  id: string,
  expectedVersion: number,
  changes: PgUpdateSetSource<T>,
  notFoundKey = "notFound",
): Promise<InferSelectModel<T>> {
  const set = { ...changes, version: sql`${table.version} + 1`, updatedAt: clock.now() } as PgUpdateSetSource<T>;
  const rows = (await tx
    .update(table)
    .set(set)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as InferSelectModel<T>[];
  if (rows[0]) return rows[0];
  const [exists] = await tx.select({ id: table.id }).from(table as PgTable).where(eq(table.id, id));
  throw exists ? staleVersion() : new AppError("NOT_FOUND", notFoundKey);
}
