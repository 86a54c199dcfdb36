import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { assessmentNoticeDifferences, assessmentSummaryDifferences, cockpitCardDifferences } from "@/db/summary/assessment-summary";
import { ensureTaskSummary, rebuildTaskSummary, rollTaskSummaryTo, taskSummaryDifferences, taskSummaryRollStep } from "@/db/summary/task-summary";
import { contextOf, insertSummaryTasks, keptTotals, plusDays, summaryState } from "../support/summary-fixtures";

// The chunked roll of the task summary (ADR 017, "The roll without a pause"): chunk by
// chunk, each in its own transaction, equal to a recount at every step, and — on
// PostgreSQL, where writers run at the same time — equal to a recount after writes that
// raced it. Days are fixed (not the clock's): the roll is given its day.
const DAY = "2026-06-10";
const onPostgres = !!process.env.TEST_DATABASE_URL;

const deadlocked = (error: unknown): boolean =>
  typeof error === "object" && error !== null && ((error as { code?: string }).code === "40P01" || deadlocked((error as { cause?: unknown }).cause));

async function expectSound() {
  const db = await getDb();
  expect(await taskSummaryDifferences(db)).toEqual([]);
  // 考核's outcomes turn with the day too (ADR 021): recounted in the roll's finishing step.
  expect(await assessmentSummaryDifferences(db)).toEqual([]);
  expect(await assessmentNoticeDifferences(db)).toEqual([]);
  expect(await cockpitCardDifferences(db)).toEqual([]);
}

/** What a full recount as of the context gives, summed over shards; the kept summary is restored after. */
async function recountedTotals(context: ReturnType<typeof contextOf>) {
  const db = await getDb();
  const kept = await keptTotals();
  let recounted: string[] = [];
  await db
    .transaction(async (tx) => {
      await rebuildTaskSummary(tx, context);
      recounted = await keptTotals(tx);
      throw new Error("rollback");
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error) || error.message !== "rollback") throw error;
    });
  expect(await keptTotals()).toEqual(kept);
  return recounted;
}

beforeAll(async () => {
  await insertSummaryTasks(DAY, onPostgres ? 3000 : 700);
  const db = await getDb();
  await db.transaction((tx) => rebuildTaskSummary(tx, contextOf(DAY)));
});

describe("the chunked roll of the task summary", () => {
  it("moves chunk by chunk, equal to a recount at every step, to what a full recount as of the new day gives", async () => {
    const db = await getDb();
    const next = contextOf(plusDays(DAY, 1));
    const expected = await recountedTotals(next);
    expect(expected).not.toEqual(await keptTotals());
    const steps: string[] = [];
    for (let step = ""; step !== "done"; ) {
      step = await taskSummaryRollStep(db, next, true);
      steps.push(step);
      if (steps.length % 32 === 2) await expectSound();
    }
    expect(steps[0]).toBe("started");
    expect(steps.filter((s) => s === "rolled")).toHaveLength(256);
    expect(steps.slice(-2)).toEqual(["finished", "done"]);
    expect(await summaryState()).toMatchObject({ asOf: next.today, nextAsOf: null, rolled: null });
    expect(await keptTotals()).toEqual(expected);
    await expectSound();
  });

  it("counts a write in a moved chunk by the new day, and one in a chunk not yet moved by the old day", async () => {
    const db = await getDb();
    const next = contextOf(plusDays(DAY, 2));
    while ((await summaryState()).rolled !== 128) await taskSummaryRollStep(db, next, true);
    // Due on the roll's old day: yellow as of that day, red as of the new one; which counts depends on the chunk.
    const due = plusDays(DAY, 1);
    const moved = await executeRows<{ chunk: number }>(
      db,
      sql`update tasks set due_date = ${due}::date, version = version + 1
        where id in (select id from tasks where status = 'in_progress' order by md5(id::text) limit 40) returning task_summary_chunk(id) as chunk`,
    );
    expect(new Set(moved.map((r) => Number(r.chunk) < 128))).toEqual(new Set([true, false]));
    await db.execute(sql`delete from task_departments where role = 'cooperating' and task_id in (select id from tasks where status = 'submitted' order by md5(id::text) limit 20)`);
    await expectSound();
    await ensureTaskSummary(next);
    expect(await summaryState()).toMatchObject({ asOf: next.today, rolled: null });
    await expectSound();
    expect(await keptTotals()).toEqual(await recountedTotals(next));
  });

  it("finishes a roll left halfway before it starts the next, and rolls a changed policy the same way", async () => {
    const db = await getDb();
    for (let i = 0; i < 10; i++) await taskSummaryRollStep(db, contextOf(plusDays(DAY, 3)), true);
    expect(await summaryState()).toMatchObject({ nextAsOf: plusDays(DAY, 3), rolled: 9 });
    // The first read of a later day: the roll under way is finished, then the new one runs.
    const later = contextOf(plusDays(DAY, 4));
    await ensureTaskSummary(later);
    expect(await summaryState()).toMatchObject({ asOf: later.today, rolled: null });
    await expectSound();
    expect(await keptTotals()).toEqual(await recountedTotals(later));
    const stricter = contextOf(later.today, { dueSoonDays: 3, behindPoints: 10 });
    await ensureTaskSummary(stricter);
    expect(await summaryState()).toMatchObject({ asOf: later.today, dueSoonDays: 3, rolled: null });
    expect(await keptTotals()).toEqual(await recountedTotals(stricter));
  });

  // PGlite has one connection: no write can run while a roll step does.
  it.skipIf(!onPostgres)("on PostgreSQL: writes that race five rolls leave the summary equal to a recount", async () => {
    const db = await getDb();
    const ids = (await executeRows<{ id: string }>(db, sql`select id from tasks order by id`)).map((r) => r.id);
    const [other] = await executeRows<{ id: string }>(db, sql`select id from departments where name = '汇总测试单位3'`);
    let rolling = true;
    const during = { writes: 0, deadlocks: 0 };
    const writer = async (k: number) => {
      for (let i = 0; rolling; i++) {
        const a = ids[(k * 977 + i * 131) % ids.length]!;
        const b = ids[(k * 389 + i * 257 + 1) % ids.length]!;
        // Each transaction touches two tasks (two chunks, most often): a due date, a status or progress, a link.
        const write = db.transaction(async (tx) => {
          await tx.execute(sql`update tasks set due_date = due_date + ${(i % 3) - 1}::integer where id = ${a}`);
          if (i % 4 === 0) await tx.execute(sql`update tasks set status = case status when 'in_progress' then 'submitted' when 'submitted' then 'in_progress' else status end where id = ${b}`);
          if (i % 4 === 1) await tx.execute(sql`update tasks set progress = (progress + 37) % 101 where id = ${b}`);
          if (i % 4 === 2) await tx.execute(sql`insert into task_departments (task_id, department_id, role) values (${b}, ${other!.id}, 'cooperating') on conflict do nothing`);
          if (i % 4 === 3) await tx.execute(sql`delete from task_departments where task_id = ${b} and department_id = ${other!.id} and role = 'cooperating'`);
          if (i % 25 === 0) await tx.execute(sql`insert into tasks (title, status, due_date) values ('汇总并发任务', 'assigned', ${plusDays(DAY, 5 + (i % 9))}::date)`);
        });
        // Two writers can deadlock on each other's summary rows (as without a roll): PostgreSQL ends one, counted apart.
        const failed = await write.then(() => null, (error: unknown) => error);
        if (failed && deadlocked(failed)) during.deadlocks += 1;
        else if (failed) throw failed;
        else during.writes += 1;
      }
    };
    const writers = Array.from({ length: 4 }, (_, k) => writer(k));
    try {
      for (let d = 5; d < 10; d++) {
        // Two callers at once (the midnight job and a first read): they take turns at the steps.
        const context = contextOf(plusDays(DAY, d));
        await Promise.all([rollTaskSummaryTo(context), rollTaskSummaryTo(context)]);
        expect(await summaryState()).toMatchObject({ asOf: context.today, rolled: null });
      }
    } finally {
      rolling = false;
      await Promise.all(writers);
    }
    expect(during.writes).toBeGreaterThan(20);
    expect(during.deadlocks).toBeLessThan(during.writes / 10);
    await expectSound();
  });
});
