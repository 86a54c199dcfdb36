// npx tsx scripts/bench-export.ts [--tasks 100000] [--batch 1000] [--out file.xlsx]
//
// A memory check of the 台账 export, not a test: fills a scratch database
// (a fresh database on TEST_DATABASE_URL's server when set, else an in-memory
// PGlite) with N tasks, exports them all as the supervisor and reports the
// time and the process's peak RSS. The export must not hold the list in
// memory: its RSS growth should stay flat whatever N is. With PGlite the
// database itself lives in this process, so its memory is in the baseline.
import { spawnSync } from "node:child_process";
import { createWriteStream, statSync } from "node:fs";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb, getDbHandle } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { users } from "@/db/schema";
import { seedDemo } from "@/lib/seed/seed-demo";
import type { TActor } from "@/lib/domain/actor";
import { openScratchDatabase } from "./bench/scratch-database";
import { warningContext } from "@/lib/warning-context";

// Queries are marked "server-only", which resolves (as in Next's server) only
// under the react-server condition: run again with it when it is missing.
if (!process.execArgv.includes("--conditions=react-server")) {
  const again = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(again.status ?? 1);
}
const { exportTasks } = await import("@/lib/services/tasks/export-tasks");

const { values } = parseArgs({ options: { tasks: { type: "string", default: "100000" }, batch: { type: "string", default: "1000" }, out: { type: "string" } } });
const taskCount = Number(values.tasks);
const batchSize = Number(values.batch);
if (!Number.isInteger(taskCount) || taskCount < 1 || !Number.isInteger(batchSize) || batchSize < 1) throw new Error("--tasks and --batch take positive whole numbers");

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** N tasks straight in SQL: mixed statuses and dates, a lead each, some cooperating departments, progress notes and notices. */
async function insertTasks(n: number) {
  const db = await getDb();
  await db.execute(sql`
    insert into tasks (title, status, due_date, start_date, progress, published_at, goal_id)
    select '基准任务第' || i || '项：完善行政执法公示制度并按季度报送落实情况',
      (array['assigned','in_progress','submitted','completed','draft','cancelled'])[1 + i % 6]::task_status,
      date '2030-01-01' + (i % 700), date '2029-12-01' + (i % 30), (i * 7) % 101, now(),
      (select id from goals order by sort_order offset (i % 40) limit 1)
    from generate_series(1, ${n}) i`);
  await db.execute(sql`
    with t as (select id, row_number() over (order by id) as rn from tasks),
         d as (select id, row_number() over (order by sort_order, name) - 1 as k, count(*) over () as total from departments)
    insert into task_departments (task_id, department_id, role)
    select t.id, d.id, 'lead'::task_department_role from t join d on d.k = t.rn % d.total
    union all
    select t.id, d.id, 'cooperating'::task_department_role from t join d on d.k = (t.rn + 1) % d.total where t.rn % 3 = 0`);
  await db.execute(sql`
    insert into progress_reports (task_id, author_id, percent, note)
    select t.id, (select id from users where account = 'supervisor'), t.progress, repeat('本季度已完成制度梳理、公示平台建设和执法人员培训。', 20)
    from tasks t where t.status in ('in_progress', 'submitted', 'completed')`);
  await db.execute(sql`
    insert into notices (kind, status, content, prefix, year, seq, number)
    select 'urge'::notice_kind, 'issued'::notice_status, '请加快推进', '梁法督', 2030, s, '梁法督〔2030〕' || s || '号' from generate_series(1, 100) s`);
  await db.execute(sql`
    with t as (select id, row_number() over (order by id) as rn from tasks),
         n as (select id, row_number() over (order by seq) - 1 as k from notices)
    insert into notice_tasks (notice_id, task_id)
    select n.id, t.id from t join n on n.k = t.rn % 100 where t.rn % 10 = 0`);
  // Statistics, as a database in use has them (the planner then reads the
  // per-task figures by index rather than by scanning).
  await db.execute(sql`analyze`);
}

async function supervisor(): Promise<TActor> {
  const [user] = await (await getDb()).select().from(users).where(eq(users.account, "supervisor"));
  return { id: user!.id, account: user!.account, name: user!.name, roles: user!.roles, departmentId: user!.departmentId, sessionId: null, ip: null };
}

const drop = await openScratchDatabase();
try {
  const handle = await getDbHandle();
  await migrateDatabase(handle);
  await seedDemo({ withTasks: false });
  const filling = Date.now();
  await insertTasks(taskCount);
  console.log(`database: ${handle.kind}; inserted ${taskCount} tasks in ${((Date.now() - filling) / 1000).toFixed(1)} s`);

  const actor = await supervisor();
  globalThis.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  let bytes = 0;
  const sink = values.out
    ? createWriteStream(values.out)
    : new Writable({
        write(chunk: Buffer, _encoding, callback) {
          bytes += chunk.byteLength;
          callback();
        },
      });
  const started = Date.now();
  const { rows } = await exportTasks(actor, {}, warningContext(), sink, { batchSize });
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  if (rows !== taskCount) throw new Error(`exported ${rows} rows, expected ${taskCount}`);
  const size = values.out ? statSync(values.out).size : bytes;
  console.log(`exported ${rows} rows (${mb(size)}) in ${seconds.toFixed(1)} s, ${Math.round(rows / seconds)} rows/s, batches of ${batchSize}`);
  console.log(`RSS: ${mb(baseline.rss)} before, ${mb(peakRss)} peak (+${mb(peakRss - baseline.rss)}); JS heap: ${mb(baseline.heapUsed)} before, ${mb(peakHeap)} peak`);
} finally {
  await closeDb();
  await drop();
}
