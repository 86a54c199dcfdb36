import "server-only";
import { count } from "drizzle-orm";
import { getDb } from "@/db";
import { tasks } from "@/db/schema";
import type { TTaskStatus } from "@/lib/domain/codes";
import type { TScopedActor } from "@/lib/domain/scope";
import { taskVisibility } from "./scope";

/** Tasks the actor can see, counted by status (one grouped query). */
export async function countVisibleTasksByStatus(actor: TScopedActor): Promise<Record<TTaskStatus, number>> {
  const db = await getDb();
  const rows = await db
    .select({ status: tasks.status, n: count() })
    .from(tasks)
    .where(taskVisibility(actor))
    .groupBy(tasks.status);
  const counts: Record<TTaskStatus, number> = {
    draft: 0,
    assigned: 0,
    in_progress: 0,
    submitted: 0,
    completed: 0,
    cancelled: 0,
  };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}
