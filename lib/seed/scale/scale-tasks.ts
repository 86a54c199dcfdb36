import { sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { localTime, pick } from "./scale-sql";

type TTaskLoad = { tasks: number; today: string; timeZone: string; departments: number; measures: number; supervisors: number; planId: string; now: Date };


/**
 * The N tasks, planned in a temporary table first (status, dates, lead and
 * cooperating departments, owner, number of progress reports) and then
 * written with three INSERT … SELECTs. Shares: 3% draft, 12% assigned, 45%
 * in progress, 8% submitted, 27% completed, 5% cancelled. Due dates are
 * spread around today by status, so about a quarter of the open tasks are
 * overdue and some are due this week. Versions count the writes a task would
 * have had through the services (create, publish, accept, owner, each report,
 * submit, approve), so an optimistic update with the version read works.
 */
export async function insertScaleTasks(tx: Tx, load: TTaskLoad): Promise<{ tasks: number; links: number; reports: number }> {
  const { today, timeZone } = load;
  const provincial = Math.max(1, Math.round(load.departments / 3));
  await tx.execute(sql`create temp table scale_task (
    i int primary key, id uuid not null, status task_status not null, lead_rn int not null, coop1_rn int, coop2_rn int,
    goal_k int not null, owner_k int, sup_k int not null, priority task_priority not null, start_date date, due_date date not null,
    progress int not null, reports int not null, published_at timestamptz, completed_at timestamptz, last_progress_at timestamptz,
    created_at timestamptz not null, version int not null) on commit drop`);
  await tx.execute(sql`
    insert into scale_task
    with g as (
      select i, ${pick(sql`i`, "status", 100)} as b from generate_series(1, ${load.tasks}) i
    ), s as (
      select g.i,
        (case when b < 3 then 'draft' when b < 15 then 'assigned' when b < 60 then 'in_progress'
              when b < 68 then 'submitted' when b < 95 then 'completed' else 'cancelled' end)::task_status as status,
        -- Three in five tasks are led by the provincial departments (the first third).
        case when ${pick(sql`g.i`, "lead", 5)} < 3 then 1 + ${pick(sql`g.i`, "leadp", provincial)} else 1 + ${pick(sql`g.i`, "leada", load.departments)} end as lead_rn,
        ${pick(sql`g.i`, "coop", 10)} as coop, 1 + ${pick(sql`g.i`, "off", load.departments - 1)} as off1,
        60 + ${pick(sql`g.i`, "span", 306)} as span, ${pick(sql`g.i`, "nostart", 100)} < 8 as no_start
      from g
    ), d as (
      select s.*,
        ${today}::date + case status
          when 'draft' then 30 + ${pick(sql`s.i`, "due", 181)} when 'assigned' then -20 + ${pick(sql`s.i`, "due", 181)}
          when 'in_progress' then -90 + ${pick(sql`s.i`, "due", 361)} when 'submitted' then -30 + ${pick(sql`s.i`, "due", 151)}
          when 'completed' then -330 + ${pick(sql`s.i`, "due", 391)} else -200 + ${pick(sql`s.i`, "due", 301)} end as due_date
      from s
    ), p as (
      select d.*, least(d.due_date - d.span, ${today}::date - 1) - ${pick(sql`d.i`, "pub", 15)} as pub_day from d
    ), t as (
      select p.*,
        case when status = 'draft' then null else ${localTime(sql`p.pub_day`, "09:00", timeZone)} + ${pick(sql`p.i`, "pubmin", 480)} * interval '1 minute' end as published_at,
        case when status = 'completed' then least(${load.now.toISOString()}::timestamptz - interval '5 minutes',
          ${localTime(sql`greatest(p.pub_day + 1, least(${today}::date - 1, p.due_date - 20 + ${pick(sql`p.i`, "late", 31)}))`, "16:00", timeZone)}) end as completed_at,
        case when status in ('in_progress', 'submitted', 'completed') then 1 + ${pick(sql`p.i`, "reports", 3)} else 0 end as reports
      from p
    )
    select t.i, gen_random_uuid(), t.status, t.lead_rn,
      case when t.coop >= 6 then (t.lead_rn - 1 + t.off1) % ${load.departments} + 1 end,
      case when t.coop = 9 and ${load.departments} > 2 then (t.lead_rn - 1 + t.off1 % ${load.departments - 1} + 1) % ${load.departments} + 1 end,
      1 + ${pick(sql`t.i`, "goal", load.measures)},
      case when t.status in ('in_progress', 'submitted', 'completed') then 1 + ${pick(sql`t.i`, "owner", sql`(select officers from scale_dept where rn = t.lead_rn)`)} end,
      1 + ${pick(sql`t.i`, "by", load.supervisors)},
      (case when ${pick(sql`t.i`, "prio", 100)} < 5 then 'low' when ${pick(sql`t.i`, "prio", 100)} < 75 then 'normal'
            when ${pick(sql`t.i`, "prio", 100)} < 95 then 'high' else 'urgent' end)::task_priority,
      case when t.no_start then null else t.due_date - t.span end,
      t.due_date,
      case t.status when 'in_progress' then 5 * (1 + ${pick(sql`t.i`, "pct", 19)}) when 'submitted' then 100 when 'completed' then 100 else 0 end,
      t.reports, t.published_at, t.completed_at,
      case when t.reports > 0 then t.published_at + (coalesce(t.completed_at, ${load.now.toISOString()}::timestamptz) - t.published_at) * (0.6 + ${pick(sql`t.i`, "last", 39)} / 100.0) end,
      case when t.status = 'draft' then ${load.now.toISOString()}::timestamptz - (1 + ${pick(sql`t.i`, "draft", 60)}) * interval '1 day'
           else t.published_at - (1 + ${pick(sql`t.i`, "created", 10)}) * interval '1 day' end,
      case t.status when 'draft' then 1 when 'assigned' then 2 when 'cancelled' then 3
        when 'in_progress' then 4 + t.reports when 'submitted' then 5 + t.reports else 6 + t.reports end
    from t`);
  await tx.execute(sql`
    insert into tasks (id, plan_id, goal_id, title, description, status, priority, owner_id, start_date, due_date, original_due_date,
      progress, last_progress_at, created_by, published_at, completed_at, completion_note, version, created_at, updated_at)
    select t.id, ${load.planId}, m.id, g.title, ${DESCRIPTION}, t.status, t.priority, o.id, t.start_date, t.due_date,
      case when t.status <> 'draft' then t.due_date end,
      t.progress, t.last_progress_at, s.id, t.published_at, t.completed_at,
      case when t.status = 'completed' then ${COMPLETION_NOTE} end,
      t.version, t.created_at, greatest(t.created_at, t.published_at, t.last_progress_at, t.completed_at)
    from scale_task t
    join scale_measure m on m.k = t.goal_k
    join goals g on g.id = m.id
    join scale_sup s on s.k = t.sup_k
    left join scale_officer o on o.dept_rn = t.lead_rn and o.k = t.owner_k`);
  await tx.execute(sql`
    insert into task_departments (task_id, department_id, role, due_order)
    select t.id, d.id, 'lead'::task_department_role, t.due_date from scale_task t join scale_dept d on d.rn = t.lead_rn
    union all
    select t.id, d.id, 'cooperating', t.due_date from scale_task t join scale_dept d on d.rn = t.coop1_rn
    union all
    select t.id, d.id, 'cooperating', t.due_date from scale_task t join scale_dept d on d.rn = t.coop2_rn`);
  // Report k of n at k/n of the way from publication to the last report; the last one carries the task's percent.
  await tx.execute(sql`
    insert into progress_reports (task_id, author_id, department_id, percent, note, created_at)
    select t.id, o.id, d.id, round(t.progress * r.k / t.reports::numeric)::int,
      case when r.k = t.reports and t.status <> 'in_progress' then ${FINAL_NOTE} else (${NOTES}::text[])[1 + ${pick(sql`t.i * 10 + r.k`, "note", NOTES_LENGTH)}] end,
      t.published_at + (t.last_progress_at - t.published_at) * r.k / t.reports
    from scale_task t
    join scale_dept d on d.rn = t.lead_rn
    join scale_officer o on o.dept_rn = t.lead_rn and o.k = t.owner_k
    cross join lateral generate_series(1, t.reports) as r(k)
    where t.reports > 0`);
  const [row] = (await tx.execute(sql`
    select (select count(*) from scale_task)::int as tasks,
      (select count(*) from task_departments)::int as links, (select count(*) from progress_reports)::int as reports`)) as unknown as {
    tasks: number;
    links: number;
    reports: number;
  }[];
  return row!;
}

const DESCRIPTION = "按照全省法治政府建设工作要点的部署，结合本单位职责抓好落实，按时报送进展情况和佐证材料。";
const COMPLETION_NOTE = "各项工作已全部完成，佐证材料已整理归档。";
const FINAL_NOTE = "各项工作已全部完成，佐证材料已整理归档。";
const NOTES_LIST = [
  "已制定工作方案，明确责任分工，正在按节点推进。",
  "已召开专题会议研究部署，完成阶段性任务。",
  "已完成制度梳理，正在征求相关单位意见。",
  "已组织业务培训，相关人员全部参加。",
  "已建立工作台账，按月调度推进情况。",
  "受机构调整影响，进度有所滞后，正在加快推进。",
];
const NOTES = `{${NOTES_LIST.map((n) => `"${n}"`).join(",")}}`;
const NOTES_LENGTH = NOTES_LIST.length;
