import { eq, sql } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { taskSummaryState } from "@/db/schema";
import type { TWarningContext } from "@/lib/domain/warning";

// The task summary (ADR 017): triggers keep its counts with every write; what depends on
// today is rolled here — by the midnight job, or by the first read of a new day — by
// recounting everything as of that day (db/migrations/0014_task_summary_triggers.sql).

const sameRules = (state: typeof taskSummaryState.$inferSelect | undefined, context: TWarningContext) =>
  state?.asOf === context.today &&
  state.timeZone === context.timeZone &&
  state.dueSoonDays === context.policy.dueSoonDays &&
  state.behindPoints === context.policy.behindPoints;

/** Recounts the summary as of the context's day and rules, in the caller's transaction (or its own). */
export async function rebuildTaskSummary(db: DbOrTx, context: TWarningContext): Promise<void> {
  await db.execute(
    sql`select task_summary_rebuild(${context.today}::date, ${context.timeZone}, ${context.policy.dueSoonDays}::integer, ${context.policy.behindPoints}::integer)`,
  );
}

/**
 * Makes the summary answer for the context's day: a no-op (one indexed read) on every
 * request but the first of a day, which rolls it unless the midnight job already did.
 * Two callers rolling at once queue on the roll's lock and the second finds it done.
 */
export async function ensureTaskSummary(context: TWarningContext): Promise<void> {
  const db = await getDb();
  const [state] = await db.select().from(taskSummaryState).where(eq(taskSummaryState.id, 1));
  if (sameRules(state, context)) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(17, 1)`);
    const [again] = await tx.select().from(taskSummaryState).where(eq(taskSummaryState.id, 1));
    if (!sameRules(again, context)) await rebuildTaskSummary(tx, context);
  });
}

export type TSummaryDifference = { departmentId: string; role: string; status: string; bucket: string; kept: number; counted: number; keptDueDays: number; countedDueDays: number };

/** The consistency check: every (department, role, status, bucket) whose kept count differs from a full recount. Empty when sound. */
export async function taskSummaryDifferences(db: DbOrTx): Promise<TSummaryDifference[]> {
  const rows = await executeRows<Record<string, unknown>>(
    db,
    sql`with kept as (
        select department_id, role, status, bucket, sum(tasks)::bigint as n, sum(due_days)::bigint as d from task_summary group by 1, 2, 3, 4
      ), counted as (
        select department_id, role, status, bucket, sum(tasks)::bigint as n, sum(due_days)::bigint as d from task_summary_recount() group by 1, 2, 3, 4
      )
      select coalesce(k.department_id, c.department_id) as department_id, coalesce(k.role, c.role) as role,
        coalesce(k.status, c.status)::text as status, coalesce(k.bucket, c.bucket) as bucket,
        coalesce(k.n, 0) as kept, coalesce(c.n, 0) as counted, coalesce(k.d, 0) as kept_due_days, coalesce(c.d, 0) as counted_due_days
      from kept k full join counted c using (department_id, role, status, bucket)
      where coalesce(k.n, 0) <> coalesce(c.n, 0) or coalesce(k.d, 0) <> coalesce(c.d, 0)
      order by 1, 2, 3, 4`,
  );
  return rows.map((r) => ({
    departmentId: String(r.department_id),
    role: String(r.role),
    status: String(r.status),
    bucket: String(r.bucket),
    kept: Number(r.kept),
    counted: Number(r.counted),
    keptDueDays: Number(r.kept_due_days),
    countedDueDays: Number(r.counted_due_days),
  }));
}
