import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { executeRows } from "@/db/execute-rows";
import type { TActor } from "@/lib/domain/actor";
import type { TRole } from "@/lib/domain/codes";

type TUserRow = { id: string; account: string; name: string; roles: TRole[]; department_id: string | null };

const actorOf = (u: TUserRow): TActor => ({ id: u.id, account: u.account, name: u.name, roles: u.roles, departmentId: u.department_id, sessionId: null, ip: "127.0.0.1" });

export type TProgressTarget = { taskId: string; version: number; progress: number; officer: TActor };

export type TBenchFixtures = {
  supervisor: TActor;
  /** The department with the most tasks (lead or cooperating): the heaviest department list. */
  departmentId: string;
  departmentTasks: number;
  /** Published tasks, in random order, for the detail requests. */
  detailIds: string[];
  /** In-progress tasks and the officer of the lead department who reports on each. */
  progress: TProgressTarget[];
  officers: TActor[];
};

const parseRoles = (roles: unknown): TRole[] => (Array.isArray(roles) ? roles : String(roles).replace(/[{}]/g, "").split(",").filter(Boolean)) as TRole[];

/** What the runs rotate over, read from the scale database (db:seed:scale). */
export async function loadBenchFixtures(db: Db, supervisorAccount: string, options: { detail: number; departments: number; perDepartment: number }): Promise<TBenchFixtures> {
  const [supervisor] = await executeRows<TUserRow>(db, sql`select id, account, name, roles::text[] as roles, department_id from users where account = ${supervisorAccount}`);
  if (!supervisor) throw new Error(`no account ${supervisorAccount}: load the data with npm run db:seed:scale first`);
  const [busiest] = await executeRows<{ department_id: string; n: number }>(db, sql`
    select department_id, count(*)::int as n from task_departments group by department_id order by n desc, department_id limit 1`);
  const detail = await executeRows<{ id: string }>(db, sql`select id from tasks where status <> 'draft' order by random() limit ${options.detail}`);
  // The departments with the most tasks in progress; each one's first active officer reports on them.
  const officers = await executeRows<TUserRow & { dept: string }>(db, sql`
    with busy as (
      select td.department_id, count(*) as n from task_departments td join tasks t on t.id = td.task_id
      where td.role = 'lead' and t.status = 'in_progress' group by td.department_id order by n desc limit ${options.departments}
    )
    select distinct on (u.department_id) u.id, u.account, u.name, roles::text[] as roles, u.department_id, u.department_id as dept
    from busy join users u on u.department_id = busy.department_id
    where u.status = 'active' and 'dept_officer' = any(u.roles) order by u.department_id, u.account`);
  const targets = await executeRows<{ id: string; version: number; progress: number; department_id: string }>(db, sql`
    select id, version, progress, department_id from (
      select t.id, t.version, t.progress, td.department_id, row_number() over (partition by td.department_id order by random()) as k
      from tasks t join task_departments td on td.task_id = t.id and td.role = 'lead'
      where t.status = 'in_progress' and td.department_id in (${sql.join(officers.map((o) => sql`${o.dept}`), sql`, `)})
    ) x where k <= ${options.perDepartment} order by random()`);
  const actors = new Map(officers.map((o) => [o.dept, actorOf({ ...o, roles: parseRoles(o.roles) })]));
  return {
    supervisor: actorOf({ ...supervisor, roles: parseRoles(supervisor.roles) }),
    departmentId: busiest!.department_id,
    departmentTasks: busiest!.n,
    detailIds: detail.map((d) => d.id),
    progress: targets.map((t) => ({ taskId: t.id, version: t.version, progress: t.progress, officer: actors.get(t.department_id)! })),
    officers: [...actors.values()],
  };
}

/** Versions move during a run: read them again before the next side runs. */
export async function refreshVersions(db: Db, targets: TProgressTarget[]): Promise<void> {
  const rows = await executeRows<{ id: string; version: number; progress: number }>(db, sql`
    select id, version, progress from tasks where id in (${sql.join(targets.map((t) => sql`${t.taskId}`), sql`, `)})`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const t of targets) {
    const row = byId.get(t.taskId);
    if (row) Object.assign(t, { version: row.version, progress: row.progress });
  }
}
