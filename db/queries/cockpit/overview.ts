import "server-only";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { taskSummary } from "@/db/schema";
import { ensureTaskSummary } from "@/db/summary/task-summary";
import { coalesce } from "@/lib/coalesce";
import type { TWarningContext } from "@/lib/domain/warning";
import { assertCan, type TActorRoles } from "@/lib/domain/permissions";

/**
 * Totals over published tasks: by status, and red/yellow/green/done, read from the task
 * summary (ADR 017: kept by the writes, rolled each day), about 50 rows whatever the
 * number of tasks. Green is the rest of the open tasks (assigned, in progress,
 * submitted): green = open − red − yellow, as the list's own filters count them.
 */
async function computeCockpitOverview(context: TWarningContext) {
  await ensureTaskSummary(context);
  const db = await getDb();
  const rows = await db
    .select({ status: taskSummary.status, bucket: taskSummary.bucket, n: sql<number>`sum(${taskSummary.tasks})` })
    .from(taskSummary)
    // A task carried over (结转) goes on as its successor: counted once, there.
    .where(and(eq(taskSummary.role, "task"), notInArray(taskSummary.status, ["draft", "carried_over"])))
    .groupBy(taskSummary.status, taskSummary.bucket);
  const sum = (match: (r: (typeof rows)[number]) => boolean) => rows.filter(match).reduce((total, r) => total + Number(r.n ?? 0), 0);
  const byStatus = (status: string) => sum((r) => r.status === status);
  const open = (r: (typeof rows)[number]) => r.status === "assigned" || r.status === "in_progress" || r.status === "submitted";
  const red = sum((r) => open(r) && r.bucket === "red");
  const yellow = sum((r) => open(r) && r.bucket === "yellow");
  return {
    total: sum(() => true),
    assigned: byStatus("assigned"),
    inProgress: byStatus("in_progress"),
    submitted: byStatus("submitted"),
    completed: byStatus("completed"),
    cancelled: byStatus("cancelled"),
    red,
    yellow,
    green: sum(open) - red - yellow,
    overdue: red,
  };
}

/** For those who see every department; shared by concurrent callers with the same day and rules (see coalesce). */
export async function cockpitOverview(actor: TActorRoles, context: TWarningContext): ReturnType<typeof computeCockpitOverview> {
  assertCan(actor, "data:read_all");
  return coalesce(`cockpitOverview:${JSON.stringify(context)}`, () => computeCockpitOverview(context));
}

export type TCockpitOverview = Awaited<ReturnType<typeof cockpitOverview>>;
