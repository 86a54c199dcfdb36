import { sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { NOTICE_KINDS } from "@/lib/domain/codes";
import { noticeTemplate } from "@/lib/domain/notice-templates";
import { pick } from "./scale-sql";

// The app's own notice texts, with markers the INSERT replaces per row (so
// the wording is not copied here): task title, due date, department.
const TASK = "\u0001TASK\u0001";
const DUE = "\u0001DUE\u0001";
const DEPT = "\u0001DEPT\u0001";
const templates = NOTICE_KINDS.map((kind) => ({ kind, ...noticeTemplate(kind, { taskTitle: TASK, dueDate: DUE, departmentName: DEPT }) }));
const fill = (text: string) =>
  sql`replace(replace(replace(${text}::text, ${TASK}, left(tt.title, 80)), ${DUE}, tt.due_date::text), ${DEPT}, dn.name)`;
const byKind = (field: "title" | "content") =>
  sql.join([sql`case n.kind`, ...templates.map((t) => sql`when ${t.kind} then ${fill(t[field])}`), sql`end`], sql` `);

const RESPONSE = "已召开专题会议研究部署，明确责任人和完成时限，正在抓紧整改。";

/**
 * About one notice per 20 tasks, on tasks that went overdue (open and past
 * due, or completed late), issued between the due date and today (or the
 * completion). Kinds: half 提醒, 30% 催办, 12% 督办, 5% 通报, 3% 约谈; the
 * later steps (signed, responded, closed) are filled in with their dates.
 * Numbers run gap-free per year of issue in APP_TIMEZONE, and the counter
 * row holds the last one, exactly as issuing through the app leaves them.
 */
export async function insertScaleNotices(tx: Tx, load: { tasks: number; today: string; timeZone: string; prefix: string; now: Date }): Promise<number> {
  const { today, timeZone } = load;
  const limit = Math.ceil(load.tasks / 20);
  await tx.execute(sql`create temp table scale_notice (id uuid primary key, task_id uuid not null, dept_rn int not null, kind notice_kind not null,
    status notice_status not null, issued_at timestamptz not null, year int not null, seq int not null) on commit drop`);
  await tx.execute(sql`
    insert into scale_notice
    with c as (
      select t.*, ${pick(sql`t.i`, "kind", 100)} as kb, ${pick(sql`t.i`, "nstatus", 100)} as sb
      from scale_task t
      where (t.status in ('assigned', 'in_progress', 'submitted') and t.due_date < ${today}::date)
         or (t.status = 'completed' and (t.completed_at at time zone ${timeZone})::date > t.due_date)
      order by ${pick(sql`t.i`, "notice", 1000003)} limit ${limit}
    ), w as (
      select c.*, ((c.due_date + 1) + '09:00'::time) at time zone ${timeZone} as opens, coalesce(c.completed_at, ${load.now.toISOString()}::timestamptz) - interval '1 hour' as closes from c
    ), n as (
      select w.*,
        (case when kb < 50 then 'reminder' when kb < 80 then 'urge' when kb < 92 then 'supervise' when kb < 97 then 'circular' else 'interview' end)::notice_kind as kind,
        least(w.opens, w.closes - interval '1 day') + (w.closes - least(w.opens, w.closes - interval '1 day')) * (${pick(sql`w.i`, "issued", 1000)} / 1000.0) as issued_at
      from w
    )
    select gen_random_uuid(), n.id, n.lead_rn, n.kind,
      (case when n.kind = 'circular' then 'issued' when n.status = 'completed' then 'closed'
            when sb < 25 then 'issued' when sb < 50 then 'signed' when sb < 80 then 'responded' else 'closed' end)::notice_status,
      n.issued_at, extract(year from n.issued_at at time zone ${timeZone})::int,
      row_number() over (partition by extract(year from n.issued_at at time zone ${timeZone}) order by n.issued_at, n.id)
    from n`);
  // Each later step a day or a few after the one before, never after now.
  await tx.execute(sql`
    insert into notices (id, kind, status, prefix, year, seq, number, department_id, title, content, response_due_date,
      created_by, issued_by, issued_at, signed_by, signed_at, response, responded_by, responded_at, closed_by, closed_at, version, created_at, updated_at)
    select n.id, n.kind, n.status, ${load.prefix}, n.year, n.seq, ${load.prefix} || '〔' || n.year || '〕' || n.seq || '号',
      case when n.kind <> 'circular' then d.id end,
      ${byKind("title")}, ${byKind("content")},
      case when n.kind <> 'circular' then (n.issued_at at time zone ${timeZone})::date + case n.kind when 'reminder' then 10 when 'urge' then 7 else 5 end end,
      s.id, s.id, n.issued_at,
      case when n.status in ('signed', 'responded', 'closed') then d.head_id end, x.signed_at,
      case when n.status in ('responded', 'closed') then ${RESPONSE} end,
      case when n.status in ('responded', 'closed') then d.head_id end, x.responded_at,
      case when n.status = 'closed' then s.id end, x.closed_at,
      case n.status when 'issued' then 1 when 'signed' then 2 when 'responded' then 3 else 4 end,
      n.issued_at, coalesce(x.closed_at, x.responded_at, x.signed_at, n.issued_at)
    from scale_notice n
    join scale_task tk on tk.id = n.task_id
    join tasks tt on tt.id = n.task_id
    join scale_dept d on d.rn = n.dept_rn
    join departments dn on dn.id = d.id
    join scale_sup s on s.k = tk.sup_k
    cross join lateral (select least(${load.now.toISOString()}::timestamptz, n.issued_at + interval '1 day') as signed_at) s1
    cross join lateral (select least(${load.now.toISOString()}::timestamptz, s1.signed_at + (1 + ${pick(sql`tk.i`, "respond", 7)}) * interval '1 day') as responded_at) r1
    cross join lateral (select
      case when n.status in ('signed', 'responded', 'closed') then s1.signed_at end as signed_at,
      case when n.status in ('responded', 'closed') then r1.responded_at end as responded_at,
      case when n.status = 'closed' then least(${load.now.toISOString()}::timestamptz, r1.responded_at + interval '2 days') end as closed_at) x`);
  await tx.execute(sql`insert into notice_tasks (notice_id, task_id) select id, task_id from scale_notice`);
  await tx.execute(sql`
    insert into number_counters (prefix, year, last_value)
    select ${load.prefix}, year, max(seq) from scale_notice group by year
    on conflict (prefix, year) do update set last_value = greatest(number_counters.last_value, excluded.last_value)`);
  const [row] = (await tx.execute(sql`select count(*)::int as n from scale_notice`)) as unknown as { n: number }[];
  return row!.n;
}
