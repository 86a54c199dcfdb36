import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { tasks } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { clock } from "@/lib/clock";

type TTaskChanges = Partial<typeof tasks.$inferInsert>;

/**
 * Writes a change to a task only if it is still at the version the user saw;
 * otherwise refuses with 409 so that nobody's update is silently lost.
 */
export async function updateTaskAtVersion(tx: Tx, taskId: string, expectedVersion: number, changes: TTaskChanges) {
  const [updated] = await tx
    .update(tasks)
    .set({ ...changes, version: sql`${tasks.version} + 1`, updatedAt: clock.now() })
    .where(and(eq(tasks.id, taskId), eq(tasks.version, expectedVersion)))
    .returning();
  if (!updated) throw new AppError("CONFLICT", "staleVersion");
  return updated;
}
