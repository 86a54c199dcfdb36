import { asc, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { plans } from "@/db/schema";

/**
 * A plan year at scale, straight in SQL: N tasks of the (already loaded) demo
 * plan spread over its goals, in every status and with dates around the year,
 * a lead department each, two progress reports on the started ones, an
 * indicator on every fourth, approved extensions and notices on some.
 * Shared by the scale test and `npm run bench:report`.
 */
export async function fillPlanYear(n: number): Promise<string> {
  const db = await getDb();
  const [plan] = await db.select({ id: plans.id }).from(plans).orderBy(asc(plans.createdAt)).limit(1);
  const planId = plan!.id;
  await db.execute(sql`
    with g as (select id, row_number() over (order by sort_order, id) - 1 as k, count(*) over () as total from goals where plan_id = ${planId})
    insert into tasks (plan_id, goal_id, title, status, due_date, original_due_date, start_date, progress, published_at, completed_at, completion_note)
    select ${planId}, g.id, '规模任务第' || i || '项：完善行政执法公示制度并按季度报送落实情况',
      (array['assigned','in_progress','submitted','completed','completed','in_progress'])[1 + i % 6]::task_status,
      date '2022-03-01' + (i % 300), date '2022-03-01' + (i % 300), date '2022-01-15', (i * 7) % 101, now(),
      case when i % 6 in (3, 4) then timestamptz '2022-03-01 10:00+08' + ((i % 320) || ' days')::interval end,
      case when i % 6 = 3 then '已按要求完成，累计培训执法人员' || (i % 90) || '人次，相关制度文件已报送。' end
    from generate_series(1, ${n}) i join g on g.k = i % g.total`);
  await db.execute(sql`
    with t as (select id, row_number() over (order by id) as rn from tasks where plan_id = ${planId}),
         d as (select id, row_number() over (order by sort_order, name) - 1 as k, count(*) over () as total from departments)
    insert into task_departments (task_id, department_id, role)
    select t.id, d.id, 'lead'::task_department_role from t join d on d.k = t.rn % d.total
    on conflict do nothing`);
  await db.execute(sql`
    insert into progress_reports (task_id, author_id, percent, note, created_at)
    select t.id, (select id from users where account = 'supervisor'), t.progress, '本季度已完成制度梳理、公示平台建设和执法人员培训。', now() - (k || ' days')::interval
    from tasks t cross join generate_series(1, 2) k where t.plan_id = ${planId} and t.status in ('in_progress', 'submitted', 'completed')`);
  await db.execute(sql`
    insert into indicators (task_id, name, unit, target, actual)
    select id, '培训覆盖率', '%', 95, (progress % 100) from tasks where plan_id = ${planId} and title ~ '第[0-9]*[048]项'`);
  await db.execute(sql`
    insert into extension_requests (task_id, requested_by, current_due_date, requested_due_date, reason, status)
    select id, (select id from users where account = 'supervisor'), due_date, due_date + 30, '受客观因素影响', 'approved'
    from tasks where plan_id = ${planId} and title ~ '第[0-9]*7项'`);
  await db.execute(sql`
    insert into notices (kind, status, content, prefix, year, seq, number)
    select (array['urge','circular','interview'])[1 + s % 3]::notice_kind, 'issued'::notice_status, '请加快推进', '梁法督', 2022, s, '梁法督〔2022〕' || s || '号' from generate_series(1, 60) s`);
  await db.execute(sql`
    with t as (select id, row_number() over (order by id) as rn from tasks where plan_id = ${planId}),
         n as (select id, row_number() over (order by seq) - 1 as k from notices where year = 2022)
    insert into notice_tasks (notice_id, task_id)
    select n.id, t.id from t join n on n.k = t.rn % 60 where t.rn % 25 = 0`);
  await db.execute(sql`analyze`);
  return planId;
}
