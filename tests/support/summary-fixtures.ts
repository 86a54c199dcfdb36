import { sql } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import type { TWarningContext } from "@/lib/domain/warning";

/** The warning context of a day in Shanghai, with the default policy unless told otherwise. */
export const contextOf = (today: string, policy = { dueSoonDays: 7, behindPoints: 30 }): TWarningContext => ({ today, timeZone: "Asia/Shanghai", policy });

/** The day `n` days after `day` (YYYY-MM-DD). */
export const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * `count` tasks around `day`, written straight into the tables (the triggers count them):
 * every status but 结转, due dates from 10 days before to 20 days after, start dates and
 * progress that put some behind schedule, a lead among `departments` departments and a
 * cooperating one for every other task. Random ids, so they fall into every chunk.
 */
export async function insertSummaryTasks(day: string, count: number, departments = 4): Promise<void> {
  const db = await getDb();
  await db.execute(sql`insert into departments (name, sort_order)
    select '汇总测试单位' || n, n from generate_series(1, ${departments}::integer) n on conflict (name) do nothing`);
  await db.execute(sql`
    with d as (select id, row_number() over (order by sort_order, name) - 1 as k from departments where name like '汇总测试单位%'),
    t as (
      insert into tasks (title, status, due_date, start_date, progress, published_at, completed_at)
      select '汇总测试任务' || n,
        (array['draft', 'assigned', 'in_progress', 'in_progress', 'submitted', 'completed', 'cancelled'])[1 + n % 7]::task_status,
        ${day}::date + (n % 31 - 10), ${day}::date - 30 + (n % 13), (n * 7) % 101,
        ${day}::date - 40 + 0 * n, case when n % 7 = 5 then (${day}::date - 5 + n % 11)::timestamptz end
      from generate_series(1, ${count}::integer) n
      returning id, (hashtext(id::text) & 1023) as h
    )
    insert into task_departments (task_id, department_id, role)
    select t.id, d.id, 'lead'::task_department_role from t join d on d.k = t.h % ${departments}::integer
    union all
    select t.id, d.id, 'cooperating' from t join d on d.k = (t.h + 1) % ${departments}::integer where t.h % 2 = 0`);
}

/** The kept summary summed over shards, as sorted "department role status bucket = tasks/due_days" lines. */
export async function keptTotals(db?: DbOrTx): Promise<string[]> {
  const rows = await executeRows<{ line: string }>(
    db ?? (await getDb()),
    sql`select department_id || ' ' || role || ' ' || status || ' ' || bucket || ' = ' || sum(tasks) || '/' || sum(due_days) as line
      from task_summary group by department_id, role, status, bucket having sum(tasks) <> 0 or sum(due_days) <> 0 order by 1`,
  );
  return rows.map((r) => r.line);
}

/** The summary's state row: the day and policy it counts as of, and the roll under way (if any). */
export async function summaryState(): Promise<{ asOf: string; nextAsOf: string | null; rolled: number | null; dueSoonDays: number }> {
  const [row] = await executeRows<{ as_of: string; next_as_of: string | null; rolled: number | null; due_soon_days: number }>(
    await getDb(),
    sql`select as_of::text, next_as_of::text, rolled, due_soon_days from task_summary_state where id = 1`,
  );
  return { asOf: row!.as_of, nextAsOf: row!.next_as_of, rolled: row!.rolled === null ? null : Number(row!.rolled), dueSoonDays: Number(row!.due_soon_days) };
}
