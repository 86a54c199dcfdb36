import { eq, sql } from "drizzle-orm";
import { type Db, type DbOrTx, getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { taskSummaryState } from "@/db/schema";
import type { TWarningContext } from "@/lib/domain/warning";

// The task summary (ADR 017): triggers keep its counts with every write; what depends on
// today is rolled here — by the midnight job, or by the first read of a new day — chunk by
// chunk, each chunk in a short transaction of its own, so that writers never wait for more
// than one chunk (db/migrations/0024_task_summary_chunked_roll.sql).

const sameRules = (state: typeof taskSummaryState.$inferSelect | undefined, context: TWarningContext) =>
  state?.asOf === context.today &&
  state.rolled === null &&
  state.timeZone === context.timeZone &&
  state.dueSoonDays === context.policy.dueSoonDays &&
  state.behindPoints === context.policy.behindPoints;

/** Recounts the whole summary as of the context's day and rules, in the caller's transaction; writers wait meanwhile (seeds, repair). */
export async function rebuildTaskSummary(db: DbOrTx, context: TWarningContext): Promise<void> {
  await db.execute(
    sql`select task_summary_rebuild(${context.today}::date, ${context.timeZone}, ${context.policy.dueSoonDays}::integer, ${context.policy.behindPoints}::integer)`,
  );
}

export type TRollStep = "done" | "rebuilt" | "started" | "rolled" | "busy" | "finished";

/** One step of the roll (one chunk, or starting or finishing), in a transaction of its own. */
export async function taskSummaryRollStep(db: Db, context: TWarningContext, wait: boolean): Promise<TRollStep> {
  const [row] = await executeRows<{ step: TRollStep }>(
    db,
    sql`select task_summary_roll_step(${context.today}::date, ${context.timeZone}, ${context.policy.dueSoonDays}::integer, ${context.policy.behindPoints}::integer, ${wait}) as step`,
  );
  return row!.step;
}

// A chunk a writer holds is tried again after a pause rather than queued for (a queued roll
// would hold up the writers that come after); after this many tries in a row the roll queues.
const BUSY_TRIES = 50;
const BUSY_PAUSE_MS = 20;

/** Rolls the summary to the context's day and rules, step by step; returns the steps taken. */
export async function rollTaskSummaryTo(context: TWarningContext): Promise<number> {
  const db = await getDb();
  let steps = 0;
  let busy = 0;
  for (;;) {
    const step = await taskSummaryRollStep(db, context, busy >= BUSY_TRIES);
    steps += 1;
    if (step === "done") return steps;
    if (step !== "busy") busy = 0;
    else {
      busy += 1;
      await new Promise((resolve) => setTimeout(resolve, BUSY_PAUSE_MS));
    }
  }
}

/**
 * Makes the summary answer for the context's day: a no-op (one indexed read) on every
 * request but the first of a day, which rolls it unless the midnight job already did.
 * Two callers rolling at once take turns at the steps and both return when it is done.
 */
export async function ensureTaskSummary(context: TWarningContext): Promise<void> {
  const db = await getDb();
  const [state] = await db.select().from(taskSummaryState).where(eq(taskSummaryState.id, 1));
  if (sameRules(state, context)) return;
  await rollTaskSummaryTo(context);
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
