import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { auditEvents, departments, extensionRequests, goals, indicators, notices, noticeTasks, plans, taskDepartments, tasks } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import type { TPlanYearSnapshot, TSnapshotProgress } from "@/lib/domain/annual-report";
import { dayOf } from "@/lib/domain/calendar";
import { assertCan } from "@/lib/domain/permissions";
import { getEnv } from "@/lib/env";
import { warningContext } from "@/lib/warning-context";
import { listPlanGoals, TASK_ON_TREE } from "../plan-goals";
import { LEAD_LINK, LINKED_DEPARTMENT } from "../lead-department";

// Everything the annual report says comes from this one read of a plan year.
// Plans are district-wide records: only roles that read everything may ask.

// A task carried over (结转) was unfinished this year: the report says so, and carries it into next year's plans.
const REPORTED = ["assigned", "in_progress", "submitted", "completed", "carried_over"] as const;

/** The plan's goals in document order and its reported tasks (drafts and cancelled ones are not the year's work). */
async function goalsAndTasks(planId: string) {
  const db = await getDb();
  return Promise.all([
    listPlanGoals(db, planId),
    db
      .select({
        ...TASK_ON_TREE,
        originalDueDate: tasks.originalDueDate,
        completedAt: tasks.completedAt,
        progress: tasks.progress,
        completionNote: tasks.completionNote,
        leadDepartment: departments.name,
      })
      .from(tasks)
      .leftJoin(taskDepartments, LEAD_LINK)
      .leftJoin(departments, LINKED_DEPARTMENT)
      .where(and(eq(tasks.planId, planId), inArray(tasks.status, [...REPORTED])))
      .orderBy(asc(tasks.createdAt), asc(tasks.title), asc(tasks.id)),
  ]);
}

/** The two newest progress reports of every task of the plan (a window function: one pass, not one query per task). */
async function lastProgress(planId: string, timeZone: string): Promise<TSnapshotProgress[]> {
  const db = await getDb();
  const rows = await executeRows<{ task_id: string; percent: number; note: string; created_at: string | Date }>(
    db,
    sql`select task_id, percent, note, created_at from (
          select p.task_id, p.percent, p.note, p.created_at,
                 row_number() over (partition by p.task_id order by p.created_at desc, p.id desc) as n
          from progress_reports p join tasks t on t.id = p.task_id
          where t.plan_id = ${planId}) ranked
        where n <= 2 order by task_id, created_at desc`,
  );
  return rows.map((r) => ({ taskId: r.task_id, percent: Number(r.percent), note: r.note, day: dayOf(new Date(r.created_at), timeZone) }));
}

async function recordsOf(planId: string, timeZone: string) {
  const db = await getDb();
  const inPlan = sql`(select t.id from ${tasks} t where t.plan_id = ${planId})`;
  const [indicatorRows, returnRows, extensionRows, noticeRows] = await Promise.all([
    db
      .select({ taskId: indicators.taskId, name: indicators.name, unit: indicators.unit, target: indicators.target, actual: indicators.actual })
      .from(indicators)
      .where(sql`${indicators.taskId} in ${inPlan}`)
      .orderBy(asc(indicators.taskId), asc(indicators.sortOrder)),
    db
      .select({ taskId: auditEvents.entityId, action: auditEvents.action, at: auditEvents.at })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "task"), inArray(auditEvents.action, ["task.reject", "task.decline"]), sql`${auditEvents.entityId} in (select t.id::text from ${tasks} t where t.plan_id = ${planId})`))
      .orderBy(asc(auditEvents.id)),
    db
      .select({ taskId: extensionRequests.taskId, fromDate: extensionRequests.currentDueDate, toDate: extensionRequests.requestedDueDate })
      .from(extensionRequests)
      .where(and(eq(extensionRequests.status, "approved"), sql`${extensionRequests.taskId} in ${inPlan}`))
      .orderBy(asc(extensionRequests.createdAt)),
    db
      .select({ id: notices.id, kind: notices.kind, status: notices.status, departmentName: departments.name, taskId: noticeTasks.taskId })
      .from(notices)
      .innerJoin(noticeTasks, eq(noticeTasks.noticeId, notices.id))
      .leftJoin(departments, eq(departments.id, notices.departmentId))
      .where(and(ne(notices.status, "draft"), sql`${noticeTasks.taskId} in ${inPlan}`))
      .orderBy(asc(notices.issuedAt), asc(notices.id)),
  ]);
  const noticesById = new Map<string, TPlanYearSnapshot["notices"][number]>();
  for (const row of noticeRows) {
    const notice = noticesById.get(row.id) ?? { id: row.id, kind: row.kind, status: row.status, departmentName: row.departmentName, taskIds: [] };
    notice.taskIds.push(row.taskId);
    noticesById.set(row.id, notice);
  }
  return {
    indicators: indicatorRows,
    returns: returnRows.map((r) => ({ taskId: r.taskId!, action: r.action === "task.reject" ? ("reject" as const) : ("decline" as const), day: dayOf(r.at, timeZone) })),
    extensions: extensionRows,
    notices: [...noticesById.values()],
  };
}

/** Next year's plan (the newest one that is not archived) and its top-level sections. */
async function nextPlanOf(year: number) {
  const db = await getDb();
  const [next] = await db
    .select({ id: plans.id, title: plans.title, year: plans.year })
    .from(plans)
    .where(and(eq(plans.year, year + 1), ne(plans.status, "archived")))
    .orderBy(sql`${plans.createdAt} desc`, asc(plans.id))
    .limit(1);
  if (!next) return null;
  const sections = await db
    .select({ title: goals.title })
    .from(goals)
    .where(and(eq(goals.planId, next.id), sql`${goals.parentId} is null`, ne(goals.kind, "problem")))
    .orderBy(asc(goals.sortOrder));
  return { ...next, sections: sections.map((s) => s.title) };
}

/** A plan year as the report builder reads it; null when there is no such plan. */
export async function getPlanYearSnapshot(actor: TActor, planId: string): Promise<TPlanYearSnapshot | null> {
  assertCan(actor, "data:read_all");
  const db = await getDb();
  const [plan] = await db.select({ id: plans.id, title: plans.title, year: plans.year }).from(plans).where(eq(plans.id, planId));
  if (!plan) return null;
  const env = getEnv();
  const { today, timeZone } = warningContext();
  const [[goalRows, taskRows], progress, records, nextPlan] = await Promise.all([
    goalsAndTasks(plan.id),
    lastProgress(plan.id, timeZone),
    recordsOf(plan.id, timeZone),
    nextPlanOf(plan.year),
  ]);
  return {
    unitName: env.ORG_NAME,
    plan,
    asOf: today,
    goals: goalRows,
    tasks: taskRows.map(({ completedAt, ...task }) => ({ ...task, completedDay: completedAt ? dayOf(completedAt, timeZone) : null })),
    progress,
    ...records,
    nextPlan,
    signature: env.REPORT_SIGNATURE ?? null,
  };
}
