import { rmSync } from "node:fs";
import { checkpointFile } from "@/lib/services/audit/anchor/checkpoint-file";
import { asc, count, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { auditEvents, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { todayIn } from "@/lib/domain/calendar";
import { getEnv } from "@/lib/env";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { withBulkLoad } from "./bulk-load";
import { createScaleLookups } from "./scale-lookups";
import { insertScaleNotices } from "./scale-notices";
import type { TScaleOptions } from "./scale-options";
import { insertScalePeople } from "./scale-people";
import { insertScalePlan } from "./scale-plan";
import { insertScaleTasks } from "./scale-tasks";
import { SCALE_PASSWORD, SCALE_SUPERVISOR } from "./scale-users";
import { clock } from "@/lib/clock";
import { rebuildTaskSummary } from "@/db/summary/task-summary";
import { warningContext } from "@/lib/warning-context";

export const SCALE_AUDIT_ACTION = "system.seed_scale";

export type TScaleResult = {
  departments: number;
  users: number;
  goals: number;
  tasks: number;
  taskDepartments: number;
  progressReports: number;
  notices: number;
  /** Seconds per step, in order. */
  timings: [string, number][];
};

/**
 * Whether the database is empty (no accounts), holds only an earlier scale
 * load (its audit chain starts with the load's event), or holds other data,
 * which a reset must never wipe.
 */
export async function scaleDatabaseState(db: Db): Promise<"empty" | "scale" | "other"> {
  const [accounts] = await db.select({ n: count() }).from(users);
  if (Number(accounts?.n ?? 0) === 0) return "empty";
  const [first] = await db.select({ action: auditEvents.action }).from(auditEvents).orderBy(asc(auditEvents.id)).limit(1);
  return first?.action === SCALE_AUDIT_ACTION ? "scale" : "other";
}

/**
 * Empties every application table of a scale database. The audit log is
 * append-only (triggers refuse DELETE and TRUNCATE): this is the one place
 * that switches the TRUNCATE trigger off, for its own transaction, guarded by
 * scaleDatabaseState. The database's audit checkpoints go too: a benchmark
 * reload starts a new chain, which the old checkpoints would call truncated.
 */
export async function resetScaleDatabase(db: Db): Promise<void> {
  if ((await scaleDatabaseState(db)) === "other") throw new Error("refusing --reset: this database holds data that the scale seeder did not load");
  const tables = (await db.execute(sql`
    select tablename from pg_tables where schemaname = 'public'`)) as unknown as { tablename: string }[];
  const names = tables.map((t) => `"${t.tablename}"`).join(", ");
  if (!names) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_events disable trigger audit_events_no_truncate`);
    await tx.execute(sql.raw(`truncate ${names} restart identity cascade`));
    await tx.execute(sql`alter table audit_events enable trigger audit_events_no_truncate`);
  });
  const checkpoints = checkpointFile();
  if (checkpoints) rmSync(checkpoints, { force: true });
}

/**
 * Loads the provincial-scale data set into an empty PostgreSQL database in
 * one transaction (a failure leaves nothing). Rows are bulk-inserted, not
 * walked through the services: there is one audit event for the whole load
 * (so the hash chain stays intact and `npm run audit:verify` passes), not one
 * per task, and no notifications. Task timelines therefore show the progress
 * reports and notices but no publish/accept events.
 */
export async function seedScale(db: Db, options: TScaleOptions, now = clock.now()): Promise<TScaleResult> {
  const env = getEnv();
  const today = todayIn(env.APP_TIMEZONE, now);
  const timings: [string, number][] = [];
  const timed = async <T>(label: string, step: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await step();
    timings.push([label, (performance.now() - started) / 1000]);
    return result;
  };
  // One hash for every account: argon2 is deliberately slow (~50 ms a hash).
  const passwordHash = await timed("password hash", () => hashPassword(SCALE_PASSWORD));
  return db.transaction(async (tx) => {
    // Rows are bulk-inserted: the task summary's triggers stand aside and one recount follows (ADR 017).
    await tx.execute(sql`select set_config('dudao.task_summary', 'off', true)`);
    const people = await timed("departments and users", () => insertScalePeople(tx, { departments: options.departments, users: options.users, passwordHash }));
    const [supervisor] = (await tx.execute(sql`select id from users where account = ${SCALE_SUPERVISOR}`)) as unknown as { id: string }[];
    const plan = await timed("plan and goals", () => insertScalePlan(tx, Number(today.slice(0, 4)), supervisor!.id));
    const lookups = await createScaleLookups(tx, plan.planId);
    const tasks = await timed("tasks, departments, progress", () =>
      withBulkLoad(tx, ["tasks", "task_departments", "progress_reports"], () =>
        insertScaleTasks(tx, { tasks: options.tasks, today, now, timeZone: env.APP_TIMEZONE, planId: plan.planId, ...lookups }),
      ),
    );
    const notices = await timed("notices", () => insertScaleNotices(tx, { tasks: options.tasks, today, now, timeZone: env.APP_TIMEZONE, prefix: env.NOTICE_PREFIX }));
    await timed("task summary", async () => {
      await tx.execute(sql`select set_config('dudao.task_summary', 'on', true)`);
      await rebuildTaskSummary(tx, warningContext(now));
    });
    const result = { ...people, goals: plan.goals, tasks: tasks.tasks, taskDepartments: tasks.links, progressReports: tasks.reports, notices };
    await appendAuditEvent(tx, { actorId: null, action: SCALE_AUDIT_ACTION, data: { ...result, today } });
    return { ...result, timings };
  });
}
