import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { listTasks } from "@/db/queries/tasks/list-tasks";
import { assessmentNoticeDifferences, assessmentSummaryDifferences, cockpitCardDifferences } from "@/db/summary/assessment-summary";
import { taskSummaryDifferences } from "@/db/summary/task-summary";
import { departments, noticeTasks, notices, numberCounters, progressReports, taskDepartments, tasks, users } from "@/db/schema";
import { parseScaleArgs } from "@/lib/seed/scale/scale-options";
import { resetScaleDatabase, scaleDatabaseState, seedScale } from "@/lib/seed/scale/seed-scale";
import { formatNoticeNumber } from "@/lib/domain/notice-rules";
import { taskWarning } from "@/lib/domain/warning";
import { sealAuditEvents } from "@/lib/services/audit/seal-audit-events";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import { warningContext } from "@/lib/warning-context";
import { actorFor } from "../support/fixtures";

// The scale seeder is PostgreSQL-only (scripts/db-seed-scale.ts refuses PGlite),
// so this suite runs in the PostgreSQL pass of `npm test` and is skipped on PGlite.
const onPostgres = !!process.env.TEST_DATABASE_URL;
const NOW = new Date("2026-11-27T04:00:00Z");

describe.skipIf(!onPostgres)("scale seed (PostgreSQL only; skipped on PGlite)", () => {
  const options = parseScaleArgs(["--tasks", "500", "--departments", "12", "--users", "80"]);

  it("loads the counts asked for, once, with an intact audit chain", async () => {
    const db = await getDb();
    expect(await scaleDatabaseState(db)).toBe("empty");
    const result = await seedScale(db, options, NOW);
    expect(result).toMatchObject({ departments: 12, users: 80, tasks: 500 });
    expect(await db.$count(tasks)).toBe(500);
    expect(await db.$count(departments)).toBe(12);
    expect(await db.$count(users)).toBe(80);
    expect(result.notices).toBe(25);
    const reports = await db.$count(progressReports);
    const started = await db.$count(tasks, sql`${tasks.status} in ('in_progress', 'submitted', 'completed')`);
    expect(reports / started).toBeGreaterThan(1.7);
    expect(reports / started).toBeLessThan(2.3);
    await sealAuditEvents();
    expect(await verifyAuditChain(db)).toMatchObject({ checked: 1, broken: null });
    expect(await scaleDatabaseState(db)).toBe("scale");
    // The bulk load bypasses the summary's triggers and recounts once (ADR 017).
    expect(await taskSummaryDifferences(db)).toEqual([]);
    expect(await assessmentSummaryDifferences(db)).toEqual([]);
    expect(await assessmentNoticeDifferences(db)).toEqual([]);
    expect(await cockpitCardDifferences(db)).toEqual([]);
  });

  it("gives every task one lead, owners from the lead department, and reports that match the task", async () => {
    const db = await getDb();
    const [leads] = await executeRows<{ bad: number }>(db, sql`
      select count(*)::int as bad from tasks t
      where (select count(*) from task_departments td where td.task_id = t.id and td.role = 'lead') <> 1`);
    expect(leads!.bad).toBe(0);
    const [owners] = await executeRows<{ bad: number }>(db, sql`
      select count(*)::int as bad from tasks t
      join task_departments td on td.task_id = t.id and td.role = 'lead'
      join users u on u.id = t.owner_id
      where u.department_id <> td.department_id or u.status <> 'active' or not ('dept_officer' = any(u.roles))`);
    expect(owners!.bad).toBe(0);
    // The lead's latest report carries the task's percent and time; versions count the writes.
    const [mismatch] = await executeRows<{ bad: number }>(db, sql`
      select count(*)::int as bad from tasks t
      join lateral (select percent, created_at from progress_reports r where r.task_id = t.id order by created_at desc limit 1) last on true
      where last.percent <> t.progress or last.created_at <> t.last_progress_at or t.version < 4`);
    expect(mismatch!.bad).toBe(0);
    const [dates] = await executeRows<{ bad: number }>(db, sql`
      select count(*)::int as bad from tasks
      where (status <> 'draft' and (published_at is null or original_due_date <> due_date or published_at > now()))
         or (status = 'completed' and (completed_at is null or completed_at < published_at or completed_at > now() or progress <> 100))
         or (status = 'draft' and published_at is not null)`);
    expect(dates!.bad).toBe(0);
  });

  it("spreads due dates around today: overdue, due this week, and warnings agreeing with the list", async () => {
    const context = warningContext(NOW);
    const rows = await (await getDb()).select().from(tasks);
    const warnings = rows.map((r) => taskWarning(r, context));
    for (const level of ["red", "yellow", "green", "done"] as const) expect(warnings.filter((w) => w === level).length).toBeGreaterThan(10);
    const supervisor = await actorFor("scale_sup001");
    const overdue = await listTasks(supervisor, { overdue: true }, context);
    expect(overdue.total.n).toBe(warnings.filter((w) => w === "red").length);
  });

  it("numbers notices gap-free per year, with the counter at the last number, on tasks of their department", async () => {
    const db = await getDb();
    const rows = await db.select().from(notices);
    const counters = await db.select().from(numberCounters);
    for (const counter of counters) {
      const seqs = rows.filter((n) => n.prefix === counter.prefix && n.year === counter.year).map((n) => n.seq!).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: counter.lastValue }, (_, k) => k + 1));
    }
    expect(rows.every((n) => n.number === formatNoticeNumber(n.prefix!, n.year!, n.seq!))).toBe(true);
    const [links] = await db.select({ n: count() }).from(noticeTasks);
    expect(links!.n).toBe(rows.length);
    for (const notice of rows.filter((n) => n.kind !== "circular")) {
      const [link] = await db.select().from(noticeTasks).where(eq(noticeTasks.noticeId, notice.id));
      const involved = await db.select().from(taskDepartments).where(eq(taskDepartments.taskId, link!.taskId));
      expect(involved.map((d) => d.departmentId)).toContain(notice.departmentId);
      if (notice.status !== "issued") expect(notice.signedAt!.getTime()).toBeGreaterThanOrEqual(notice.issuedAt!.getTime());
    }
  });

  it("rebuilds every index it dropped for the load and writes each link's due order", async () => {
    const db = await getDb();
    const names = await executeRows<{ name: string }>(db, sql`
      select indexname as name from pg_indexes where tablename in ('tasks', 'task_departments', 'progress_reports') order by 1`);
    expect(names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["tasks_due_order_idx", "tasks_open_due_order_idx", "task_departments_department_due_idx", "task_departments_one_lead", "progress_reports_task_idx"]),
    );
    const [drift] = await executeRows<{ n: number }>(db, sql`
      select count(*)::int as n from task_departments td join tasks t on t.id = td.task_id
      where td.due_order <> coalesce(t.due_date, '9999-12-31'::date)`);
    expect(drift!.n).toBe(0);
  });

  it("empties and reloads a scale database with reset", async () => {
    const db = await getDb();
    await resetScaleDatabase(db);
    expect(await scaleDatabaseState(db)).toBe("empty");
    await seedScale(db, { ...options, tasks: 40 }, NOW);
    expect(await db.$count(tasks)).toBe(40);
    await sealAuditEvents();
    expect(await verifyAuditChain(db)).toMatchObject({ broken: null });
  });
});
