import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppInstance, type TAppInstance } from "./support/app-instance";
import { skipReason } from "./support/browser";
import { send, sendJson, signInCookie } from "./support/http-client";
import { startNginxProxy, type TProxy } from "./support/nginx-proxy";
import { newLoadResult, runWriteLoad } from "./support/write-load";

// Issue 17, stateless instances: two `next start` of the one build behind
// nginx (round robin, the repository's dudao-proxy.conf) on one PostgreSQL,
// a parallel write load, one instance killed with SIGKILL in the middle of it.
const SERVER = process.env.TEST_DATABASE_URL;
if (!SERVER && process.env.CI === "true") throw new Error("CI=true but TEST_DATABASE_URL is not set: the two-instance test must run");
const PASSWORD = "Demo#2026";
const LOAD_MS = 12_000;
const KILL_AFTER_MS = 4_000;
const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(300_000), Buffer.from("\n%%EOF\n")]);
const todayInShanghai = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

describe.skipIf(!!skipReason() || !SERVER)("two instances behind nginx on one PostgreSQL", () => {
  const name = `dudao_e2e_two_${process.pid}_${randomBytes(3).toString("hex")}`;
  const scratch = mkdtempSync(path.join(os.tmpdir(), "dudao-two-"));
  let sql: postgres.Sql;
  let a: TAppInstance;
  let b: TAppInstance;
  let proxy: TProxy | undefined;
  let evidenceId: string | undefined;

  beforeAll(async () => {
    const admin = postgres(SERVER!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    const url = new URL(SERVER!);
    url.pathname = `/${name}`;
    sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
    const shared = {
      DATABASE_URL: url.toString(),
      // What every instance of one installation shares (README, "Deploying").
      AUTH_SECRET: "two-instances-secret-0123456789-0123456789",
      AUDIT_SIGNING_KEY: generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "der" }).toString("base64"),
      AUDIT_CHECKPOINT_FILE: "off",
      TRUSTED_PROXIES: "loopback",
      // The daily job fires every minute here instead of at 09:00: both schedulers fire it, the day's run happens once.
      DAILY_JOB_CRON: "* * * * *",
      RATE_LIMIT_API_TOKEN: "100000/60",
      RATE_LIMIT_API_IP: "100000/60",
      LOG_LEVEL: "info",
    };
    // Each its own folder: nothing an instance needs may be on its own disk.
    [a, b] = await Promise.all([
      startAppInstance("instance A", { ...shared, SEED_DEMO: "true", UPLOAD_DIR: path.join(scratch, "a") }),
      startAppInstance("instance B", { ...shared, SEED_DEMO: "false", UPLOAD_DIR: path.join(scratch, "b") }),
    ]);
    await Promise.all([a.ready(), b.ready()]);
    proxy = await startNginxProxy("dudao.test", [a.port, b.port]);
  });

  afterAll(async () => {
    a?.kill();
    b?.kill();
    await proxy?.stop();
    await sql?.end();
    const admin = postgres(SERVER!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("serves an evidence file uploaded through one instance from the other", async () => {
    const cookieA = await signInCookie(a.url, "sfj_officer", PASSWORD);
    const form = new FormData();
    form.append("file", new Blob([PDF], { type: "application/pdf" }), "整改材料.pdf");
    const request = new Request(`${a.url}/api/uploads`, { method: "POST", body: form });
    const upload = await send(request.url, {
      method: "POST",
      headers: { cookie: cookieA, "content-type": request.headers.get("content-type")! },
      body: Buffer.from(await request.arrayBuffer()),
    });
    expect(upload.status).toBe(201);
    const { id } = upload.json<{ id: string }>();
    // The session was made by A; B knows it from the database.
    const download = await send(`${b.url}/api/attachments/${id}`, { headers: { cookie: cookieA } });
    expect(download.status).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.body.equals(PDF)).toBe(true);
    evidenceId = id;
  });

  it("loses no acknowledged write and repeats no notice number when an instance is killed mid-load; the daily job runs once", async () => {
    const base = proxy!.origin.replace("dudao.test", "127.0.0.1");
    const token = async (login: string) => {
      const reply = await sendJson(base, "POST", "/api/v1/auth/token", { login, password: PASSWORD });
      expect(reply.status).toBe(200);
      return reply.json<{ token: string; user: { departmentId: string } }>();
    };
    const [officer, supervisor] = await Promise.all([token("sfj_officer"), token("supervisor")]);
    const list = await sendJson(base, "GET", "/api/v1/tasks?status=in_progress&limit=6", undefined, officer.token);
    const taskIds = list.json<{ items: { id: string }[] }>().items.map((t) => t.id);
    expect(taskIds.length).toBeGreaterThanOrEqual(2);

    const run = `ha-${randomBytes(3).toString("hex")}`;
    const result = newLoadResult();
    const started = Date.now();
    let ackedBeforeKill = 0;
    const killer = setTimeout(() => {
      ackedBeforeKill = result.progress.length + result.notices.length;
      b.kill();
    }, KILL_AFTER_MS);
    await runWriteLoad({
      result,
      base,
      run,
      officerToken: officer.token,
      supervisorToken: supervisor.token,
      taskIds,
      departmentId: officer.user.departmentId,
      responseDueDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
      noticeWorkers: 2,
      until: () => Date.now() - started > LOAD_MS,
    });
    clearTimeout(killer);
    console.log(`two instances: ${result.progress.length} progress reports and ${result.notices.length} notices acknowledged in ${LOAD_MS / 1000} s, answers ${JSON.stringify(result.outcomes)}`);
    const errors = [a, b].flatMap((i) => i.output().split("\n").filter((line) => line.includes('"level":50')).map((line) => `${i.name}: ${line.slice(0, 500)}`));
    if (errors.length > 0) console.log(`errors the instances logged:\n${errors.slice(0, 8).join("\n")}`);
    expect(b.exited()).toBe(true);
    expect(ackedBeforeKill).toBeGreaterThan(0);
    // The survivor carried on alone behind the same proxy.
    expect(result.progress.length + result.notices.length).toBeGreaterThan(ackedBeforeKill);

    const reports = new Set((await sql<{ note: string }[]>`select note from progress_reports where note like ${`${run} %`}`).map((r) => r.note));
    expect(result.progress.filter((p) => !reports.has(p.note))).toEqual([]);
    const notices = new Map((await sql<{ id: string; number: string }[]>`select id, number from notices where content like ${`${run} %`}`).map((n) => [n.id, n.number]));
    expect(result.notices.filter((n) => notices.get(n.id) !== n.number)).toEqual([]);
    expect(new Set(result.notices.map((n) => n.number)).size).toBe(result.notices.length);
    expect(await sql`select number from notices where number is not null group by number having count(*) > 1`).toEqual([]);
    // Gap-free too: a write that died with its instance gave its number back.
    const series = await sql<{ n: number; last: number }[]>`select count(*)::int as n, max(seq)::int as last from notices where number is not null group by prefix, year`;
    expect(series.every((s) => s.n === s.last)).toBe(true);

    // Both instances scheduled the daily job; the day's run happened once.
    for (const instance of [a, b]) expect(instance.output()).toContain("daily job scheduled");
    const mark = `daily-run:${todayInShanghai()}`;
    const deadline = Date.now() + 75_000;
    while ((await sql`select 1 from job_marks where key = ${mark}`).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1000));
    expect(await sql`select key from job_marks where key = ${mark}`).toEqual([{ key: mark }]);
    const [daily] = await sql<{ runs: number }[]>`select count(*)::int as runs from audit_events where action = 'job.daily_reminders'`;
    expect(daily?.runs).toBe(1);

    // The evidence uploaded before the kill is still served through the proxy (a session of HTTPS: its own cookie).
    const cookie = await signInCookie(base, "sfj_officer", PASSWORD);
    const download = await send(`${base}/api/attachments/${evidenceId}`, { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(download.body.equals(PDF)).toBe(true);
  });
});
