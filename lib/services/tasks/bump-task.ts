import type { Tx } from "@/db";
import { tasks } from "@/db/schema";
import { updateAtVersion } from "@/lib/services/versioned-update";

type TTaskChanges = Partial<typeof tasks.$inferInsert>;

/** A change to a task at the version the user saw (409 when it moved on, 404 when gone). */
export function updateTaskAtVersion(tx: Tx, taskId: string, expectedVersion: number, changes: TTaskChanges) {
  return updateAtVersion(tx, tasks, taskId, expectedVersion, changes, "taskNotFound");
}
