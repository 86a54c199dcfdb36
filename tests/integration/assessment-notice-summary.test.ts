import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { assessmentNoticeDifferences } from "@/db/summary/assessment-summary";
import { rebuildTaskSummary, rollTaskSummaryTo } from "@/db/summary/task-summary";
import { contextOf, insertSummaryTasks, plusDays, summaryState } from "../support/summary-fixtures";

// 考核's kept notice counts (ADR 022) against a recount, after the notice writes the app makes
// (written straight into the tables: the triggers count them) and across midnight rolls; on
// PostgreSQL also with writers racing each other and the rolls — a circular named while its
// task's lead changes, an answer sent back while the day turns.
const DAY = "2026-06-10";
const onPostgres = !!process.env.TEST_DATABASE_URL;

const deadlocked = (error: unknown): boolean =>
  typeof error === "object" && error !== null && ((error as { code?: string }).code === "40P01" || deadlocked((error as { cause?: unknown }).cause));

type TDb = Awaited<ReturnType<typeof getDb>>;
type TWriter = Parameters<Parameters<TDb["transaction"]>[0]>[0];

let taskIds: string[] = [];
let departmentIds: string[] = [];

/** A circular naming these tasks, issued at noon (Shanghai) of `day`, or a draft. */
async function circular(tx: TWriter | TDb, tasks: string[], day: string | null) {
  const [row] = await executeRows<{ id: string }>(
    tx,
    sql`insert into notices (kind, status, content, issued_at) values ('circular', ${day ? "issued" : "draft"}, '通报', ${day ? `${day}T04:00:00Z` : null}::timestamptz) returning id`,
  );
  // All its tasks in one statement, as the app's issue and draft do.
  await tx.execute(sql`insert into notice_tasks (notice_id, task_id) select ${row!.id}, t from unnest(${`{${[...new Set(tasks)].join(",")}}`}::uuid[]) t`);
  return row!.id;
}

/** An urge to a department about a task, answer due on `due`, answered on `answered` if given. */
async function urge(tx: TWriter | TDb, department: string, task: string, due: string, answered: string | null) {
  const [row] = await executeRows<{ id: string }>(
    tx,
    sql`insert into notices (kind, status, department_id, content, response_due_date, issued_at, responded_at)
      values ('urge', ${answered ? "responded" : "issued"}, ${department}, '催办', ${due}::date, ${`${plusDays(due, -7)}T04:00:00Z`}::timestamptz, ${answered ? `${answered}T04:00:00Z` : null}::timestamptz)
      returning id`,
  );
  await tx.execute(sql`insert into notice_tasks (notice_id, task_id) values (${row!.id}, ${task})`);
  return row!.id;
}

/** Moves a task's lead two departments on (never onto its cooperating one, one on). */
async function moveLead(tx: TWriter | TDb, task: string) {
  await tx.execute(sql`update task_departments td set department_id = (
      select d.id from (select id, row_number() over (order by sort_order, name) - 1 as k from departments where name like '汇总测试单位%') d
      join (select id, row_number() over (order by sort_order, name) - 1 as k from departments where name like '汇总测试单位%') cur on cur.id = td.department_id
      where d.k = (cur.k + 2) % 4)
    where td.task_id = ${task} and td.role = 'lead'`);
}

async function expectSound() {
  expect(await assessmentNoticeDifferences(await getDb())).toEqual([]);
}

beforeAll(async () => {
  await insertSummaryTasks(DAY, onPostgres ? 600 : 200);
  const db = await getDb();
  await db.transaction((tx) => rebuildTaskSummary(tx, contextOf(DAY)));
  taskIds = (await executeRows<{ id: string }>(db, sql`select id from tasks where status <> 'draft' order by id`)).map((r) => r.id);
  departmentIds = (await executeRows<{ id: string }>(db, sql`select id from departments where name like '汇总测试单位%' order by sort_order`)).map((r) => r.id);
});

describe("考核's kept notice counts", () => {
  it("equal a recount after circulars, answers, send-backs, lead changes, deletes and rolls", async () => {
    const db = await getDb();
    const t = (i: number) => taskIds[(i * 37) % taskIds.length]!;
    const circulars: string[] = [];
    for (let i = 0; i < 12; i++) circulars.push(await circular(db, [t(i), t(i + 1), t(i + 2 * (i % 2))], i % 4 === 3 ? null : plusDays(DAY, (i % 5) - 3)));
    const answers: string[] = [];
    for (let i = 0; i < 24; i++) answers.push(await urge(db, departmentIds[i % 4]!, t(i + 5), plusDays(DAY, (i % 9) - 4), i % 3 === 0 ? plusDays(DAY, (i % 5) - 2) : null));
    // A circular issued across the year's end (Shanghai): counts in the new year.
    circulars.push(await circular(db, [t(40)], null));
    await db.execute(sql`update notices set status = 'issued', issued_at = '2026-12-31T17:00:00Z' where id = ${circulars.at(-1)!}`);
    await expectSound();
    await db.execute(sql`update notices set status = 'issued', issued_at = ${`${DAY}T04:00:00Z`}::timestamptz where id = ${circulars[3]!}`);
    await moveLead(db, t(1));
    await moveLead(db, t(2));
    await db.execute(sql`delete from notice_tasks where notice_id = ${circulars[0]!} and task_id = ${t(0)}`);
    await db.execute(sql`insert into notice_tasks (notice_id, task_id) values (${circulars[5]!}, ${t(60)}) on conflict do nothing`);
    await db.execute(sql`update notices set status = 'signed', responded_at = null where id = ${answers[0]!}`);
    await db.execute(sql`update notices set status = 'responded', responded_at = ${`${DAY}T04:00:00Z`}::timestamptz where id = ${answers[1]!}`);
    await db.execute(sql`update notices set status = 'closed' where id = ${answers[2]!}`);
    await db.execute(sql`update notices set response_due_date = response_due_date + 3 where id = ${answers[4]!}`);
    // A monthly circular names every task due in the month in one statement; some dropped in one, one moved to another task.
    const [monthly] = await executeRows<{ id: string }>(db, sql`insert into notices (kind, status, content, issued_at) values ('circular', 'issued', '月度通报', ${`${DAY}T04:00:00Z`}::timestamptz) returning id`);
    await db.execute(sql`insert into notice_tasks (notice_id, task_id) select ${monthly!.id}, id from tasks where status <> 'draft'`);
    await expectSound();
    await db.execute(sql`delete from notice_tasks where notice_id = ${monthly!.id} and task_id in (select task_id from task_departments where role = 'lead' and department_id = ${departmentIds[0]!})`);
    await expectSound();
    await db.execute(sql`update notice_tasks set task_id = ${t(50)} where notice_id = ${circulars[6]!} and task_id = ${t(6)}`);
    await expectSound();
    // The day turns: unanswered notices due in between become overdue (and back when it turns back).
    for (const d of [1, 3, 4, -2, 0]) {
      await rollTaskSummaryTo(contextOf(plusDays(DAY, d)));
      await expectSound();
    }
    // A changed zone moves issue and answer days: counted again in full.
    await rollTaskSummaryTo({ ...contextOf(DAY), timeZone: "UTC" });
    await expectSound();
    await rollTaskSummaryTo(contextOf(DAY));
    const deleted = t(4);
    await db.execute(sql`delete from tasks where id = ${deleted}`);
    taskIds = taskIds.filter((id) => id !== deleted);
    await db.execute(sql`delete from notices where id in (${circulars[1]!}, ${answers[3]!})`);
    await expectSound();
  });

  it.skipIf(!onPostgres)("on PostgreSQL: notice writes that race each other and five rolls leave the counts equal to a recount", async () => {
    const db = await getDb();
    let rolling = true;
    const during = { writes: 0, deadlocks: 0 };
    const writer = async (k: number) => {
      for (let i = 0; rolling; i++) {
        // Writers 0 and 1 name tasks in circulars; 2 and 3 move the same tasks' leads (in the same order) and answer notices.
        const a = taskIds[((k % 2) * 977 + i * 131) % taskIds.length]!;
        const b = taskIds[((k % 2) * 389 + i * 257 + 1) % taskIds.length]!;
        const write = db.transaction(async (tx) => {
          if (k < 2) {
            const id = await circular(tx, [a, b], i % 5 === 4 ? null : plusDays(DAY, (i % 7) - 3));
            if (i % 6 === 5) await tx.execute(sql`delete from notice_tasks where notice_id = ${id} and task_id = ${a}`);
          } else {
            await moveLead(tx, i % 2 ? a : b);
            const id = await urge(tx, departmentIds[i % 4]!, a, plusDays(DAY, 5 + (i % 6)), null);
            if (i % 3 === 0) await tx.execute(sql`update notices set status = 'responded', responded_at = ${`${DAY}T04:00:00Z`}::timestamptz where id = ${id}`);
            await tx.execute(sql`update notices set status = 'issued', issued_at = ${`${DAY}T04:00:00Z`}::timestamptz where kind = 'circular' and status = 'draft'
              and id = (select id from notices where kind = 'circular' and status = 'draft' order by id limit 1 for update skip locked)`);
          }
        });
        const failed = await write.then(() => null, (error: unknown) => error);
        if (failed && deadlocked(failed)) during.deadlocks += 1;
        else if (failed) throw failed;
        else during.writes += 1;
      }
    };
    const writers = Array.from({ length: 4 }, (_, k) => writer(k));
    try {
      for (let d = 5; d < 10; d++) {
        const context = contextOf(plusDays(DAY, d));
        await Promise.all([rollTaskSummaryTo(context), rollTaskSummaryTo(context)]);
        expect(await summaryState()).toMatchObject({ asOf: context.today, rolled: null });
      }
    } finally {
      rolling = false;
      await Promise.all(writers);
    }
    console.log(`notice race: ${during.writes} writes, ${during.deadlocks} deadlocks`);
    await expectSound();
    // Enough racing writes commit for the recount to mean something. Writers 2 and 3 move a lead,
    // send an urge and issue a circular in one transaction (no app write combines the three), so
    // their statements meet the counters in different orders and some deadlock: 3–4 % on a quiet
    // box, 10 % on a loaded one (CI met 9 in 87). Far more would say the triggers lock badly.
    expect(during.writes).toBeGreaterThan(20);
    expect(during.deadlocks).toBeLessThan(during.writes / 4);
  });
});
