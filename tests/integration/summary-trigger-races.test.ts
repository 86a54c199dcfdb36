import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { assessmentSummaryDifferences, cockpitCardDifferences } from "@/db/summary/assessment-summary";
import { rebuildTaskSummary, taskSummaryDifferences, taskSummaryRollStep } from "@/db/summary/task-summary";
import { contextOf, plusDays, summaryState } from "../support/summary-fixtures";

// Two interleavings, each forced in order, that the trigger-kept counts must survive
// (migration 0027): a task update that waits while the roll's finishing step holds the
// writers' lock, and a department linked while another transaction moves the task's
// deadline. "writes that race five rolls" (task-summary-roll.test.ts) meets them only by
// chance. PostgreSQL only: PGlite has one connection, so nothing interleaves.
const DAY = "2026-06-10";
const onPostgres = !!process.env.TEST_DATABASE_URL;

async function expectSound() {
  const db = await getDb();
  expect(await taskSummaryDifferences(db)).toEqual([]);
  expect(await assessmentSummaryDifferences(db)).toEqual([]);
  expect(await cockpitCardDifferences(db)).toEqual([]);
}

/** Waits until `pending` has settled or some session waits for a lock (the interleaving the test wants next). */
async function untilSettledOrWaiting(pending: Promise<unknown>): Promise<"settled" | "waiting"> {
  let settled = false;
  void pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  const db = await getDb();
  for (let tries = 0; tries < 1000; tries++) {
    if (settled) return "settled";
    const [row] = await executeRows<{ n: number }>(db, sql`select count(*)::integer as n from pg_locks where not granted`);
    if (Number(row!.n) > 0) return "waiting";
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("neither settled nor waiting after 10 s");
}

async function insertTask(title: string, due: string, departments: string[]): Promise<string> {
  const db = await getDb();
  const [task] = await executeRows<{ id: string }>(
    db,
    sql`insert into tasks (title, status, due_date, published_at) values (${title}, 'in_progress', ${due}::date, ${`${plusDays(DAY, -20)}T02:00:00Z`}::timestamptz) returning id`,
  );
  for (const [k, name] of departments.entries()) {
    await db.execute(sql`insert into task_departments (task_id, department_id, role)
      select ${task!.id}, id, ${k === 0 ? "lead" : "cooperating"}::task_department_role from departments where name = ${name}`);
  }
  return task!.id;
}

beforeAll(async () => {
  const db = await getDb();
  await db.execute(sql`insert into departments (name, sort_order) values ('竞态测试单位1', 1), ('竞态测试单位2', 2) on conflict (name) do nothing`);
});

describe.skipIf(!onPostgres)("the kept counts under forced interleavings (PostgreSQL)", () => {
  it("a task update held back by the roll's finishing step is counted by the new day", async () => {
    const db = await getDb();
    // Due on the old day: 'pending' as of it, 'overdue' as of the next. Moved to the next day it
    // is 'pending' under both: as of the old day the move changes no 考核 row, as of the new it does.
    const task = await insertTask("竞态任务：完成前一刻改期", DAY, ["竞态测试单位1"]);
    await db.transaction((tx) => rebuildTaskSummary(tx, contextOf(DAY)));
    const next = contextOf(plusDays(DAY, 1));
    while ((await summaryState()).rolled !== 256) await taskSummaryRollStep(db, next, true);

    let update: Promise<unknown> = Promise.resolve();
    await db.transaction(async (roll) => {
      // The finishing step's lock, taken first so that the update comes while the roll holds it.
      await roll.execute(sql`select pg_advisory_xact_lock(17, 1)`);
      update = db.transaction((tx) => tx.execute(sql`update tasks set due_date = ${next.today}::date, version = version + 1 where id = ${task}`));
      expect(await untilSettledOrWaiting(update)).toBe("waiting");
      const [step] = await executeRows<{ step: string }>(
        roll,
        sql`select task_summary_roll_step(${next.today}::date, ${next.timeZone}, ${next.policy.dueSoonDays}::integer, ${next.policy.behindPoints}::integer, true) as step`,
      );
      expect(step!.step).toBe("finished");
    });
    await update;
    expect(await summaryState()).toMatchObject({ asOf: next.today, rolled: null });
    await expectSound();
  });

  it("a department linked while another transaction moves the deadline is counted, and ordered, by the moved deadline", async () => {
    const db = await getDb();
    const { asOf } = await summaryState();
    // Pending as of the summary's day; the move makes it overdue.
    const task = await insertTask("竞态任务：改期时加配合单位", plusDays(asOf, 10), ["竞态测试单位1"]);
    let link: Promise<unknown> = Promise.resolve();
    await db.transaction(async (move) => {
      await move.execute(sql`update tasks set due_date = ${plusDays(asOf, -3)}::date, version = version + 1 where id = ${task}`);
      link = db.transaction((tx) =>
        tx.execute(sql`insert into task_departments (task_id, department_id, role)
          select ${task}, id, 'cooperating' from departments where name = '竞态测试单位2'`),
      );
      expect(await untilSettledOrWaiting(link)).toBe("waiting");
    });
    await link;
    await expectSound();
    const links = await executeRows<{ due_order: string }>(db, sql`select due_order::text from task_departments where task_id = ${task} order by role`);
    expect(links.map((l) => l.due_order)).toEqual([plusDays(asOf, -3), plusDays(asOf, -3)]);
  });
});
