import { sql } from "drizzle-orm";
import type { Tx } from "@/db";

/**
 * Numbered lookups the set-based inserts join on (row k of a department's
 * officers, measure k of the plan …), as temporary tables dropped at commit.
 * The database held nothing before the load, so every row is the load's own.
 */
export async function createScaleLookups(tx: Tx, planId: string): Promise<{ departments: number; measures: number; supervisors: number }> {
  await tx.execute(sql`create temp table scale_dept (rn int primary key, id uuid not null, officers int not null, head_id uuid not null) on commit drop`);
  await tx.execute(sql`create temp table scale_officer (dept_rn int not null, k int not null, id uuid not null, primary key (dept_rn, k)) on commit drop`);
  await tx.execute(sql`create temp table scale_measure (k int primary key, id uuid not null) on commit drop`);
  await tx.execute(sql`create temp table scale_sup (k int primary key, id uuid not null) on commit drop`);
  await tx.execute(sql`
    insert into scale_officer
    select d.rn, row_number() over (partition by d.rn order by u.account), u.id
    from (select id, row_number() over (order by sort_order) as rn from departments) d
    join users u on u.department_id = d.id and u.status = 'active' and 'dept_officer' = any(u.roles)`);
  await tx.execute(sql`
    insert into scale_dept
    select d.rn, d.id, (select count(*) from scale_officer o where o.dept_rn = d.rn),
      (select u.id from users u where u.department_id = d.id and 'dept_head' = any(u.roles) order by u.account limit 1)
    from (select id, row_number() over (order by sort_order) as rn from departments) d`);
  await tx.execute(sql`
    insert into scale_measure select row_number() over (order by sort_order), id from goals where plan_id = ${planId} and kind = 'measure'`);
  await tx.execute(sql`
    insert into scale_sup select row_number() over (order by account), id from users where status = 'active' and 'supervisor' = any(roles)`);
  const [counts] = (await tx.execute(sql`
    select (select count(*) from scale_dept)::int as departments, (select count(*) from scale_measure)::int as measures,
      (select count(*) from scale_sup)::int as supervisors`)) as unknown as { departments: number; measures: number; supervisors: number }[];
  return counts!;
}
