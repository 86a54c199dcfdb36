import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getDbHandle } from "@/db";
import { jobMarks, notices, notifications, tasks, users } from "@/db/schema";
import { addDaysTo } from "@/lib/domain/calendar";
import { dailyRunKey, runDailyReminders } from "@/lib/jobs/daily-reminders";
import { seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

// 09:00 in Shanghai on a given day.
const nineAm = (day: string) => new Date(`${day}T01:00:00Z`);
const START = "2031-03-01";

async function snapshot() {
  const db = await getDb();
  const [n] = await db.select({ n: count() }).from(notifications);
  const [d] = await db.select({ n: count() }).from(notices).where(eq(notices.status, "draft"));
  const [m] = await db.select({ n: count() }).from(jobMarks);
  return { notifications: Number(n!.n), drafts: Number(d!.n), marks: Number(m!.n) };
}

async function inboxOf(account: string, kind: string) {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.account, account));
  return db.select().from(notifications).where(and(eq(notifications.userId, user!.id), eq(notifications.kind, kind)));
}

let dueSoonId: string;
let overdueId: string;

beforeAll(async () => {
  await seedDemoData();
  const db = await getDb();
  // Due in 3 days, and due tomorrow (so it turns overdue the day after).
  dueSoonId = (await makeTask("in_progress", { title: "三天后到期" })).id;
  overdueId = (await makeTask("in_progress", { title: "明天到期" })).id;
  await db.update(tasks).set({ dueDate: addDaysTo(START, 3) }).where(eq(tasks.id, dueSoonId));
  await db.update(tasks).set({ dueDate: addDaysTo(START, 1) }).where(eq(tasks.id, overdueId));
});

describe("the daily reminder job", () => {
  it("does its work once on a day: a second run changes nothing", async () => {
    const first = await runDailyReminders(nineAm(START));
    expect(first.dueSoon).toBe(2);
    const after = await snapshot();
    expect(await runDailyReminders(nineAm(START))).toEqual({ dueSoon: 0, overdue: 0, urgeDrafts: 0, noticeDue: 0 });
    expect(await snapshot()).toEqual(after);
    expect(await inboxOf("sfj_head", "reminder.due_soon")).toHaveLength(2);
  });

  it("across days sends each reminder once: overdue on the first day, a 催办 draft after seven", async () => {
    const counts = { overdue: 0, urgeDrafts: 0 };
    for (let offset = 1; offset <= 12; offset++) {
      const result = await runDailyReminders(nineAm(addDaysTo(START, offset)));
      // Twice a day, as two instances might.
      const again = await runDailyReminders(nineAm(addDaysTo(START, offset)));
      expect(again).toEqual({ dueSoon: 0, overdue: 0, urgeDrafts: 0, noticeDue: 0 });
      if (offset === 2) expect(result.overdue).toBe(1);
      if (offset === 8) expect(result.urgeDrafts).toBe(1);
      counts.overdue += result.overdue;
      counts.urgeDrafts += result.urgeDrafts;
    }
    // "明天到期" is overdue from day 2, "三天后到期" from day 4: one overdue notice each, one draft each.
    expect(counts).toEqual({ overdue: 2, urgeDrafts: 2 });
    expect(await inboxOf("supervisor", "reminder.overdue")).toHaveLength(2);
    expect(await inboxOf("sfj_officer", "reminder.overdue")).toHaveLength(2);
    const db = await getDb();
    const drafts = await db.select().from(notices).where(eq(notices.status, "draft"));
    expect(drafts).toHaveLength(2);
    expect(drafts.every((d) => d.kind === "urge" && d.number === null)).toBe(true);
    // The notice service's draft, in the words of the 催办 template, with the days overdue.
    expect(drafts.map((d) => d.title).sort()).toEqual(["关于督促办理“三天后到期”的催办通知", "关于督促办理“明天到期”的催办通知"]);
    expect(drafts.every((d) => /至今未按要求完成，已逾期7天。/.test(d.content))).toBe(true);
  });

  it("reminds again after an extension moves the due date", async () => {
    const db = await getDb();
    const newDue = addDaysTo(START, 22);
    await db.update(tasks).set({ dueDate: newDue }).where(eq(tasks.id, dueSoonId));
    const result = await runDailyReminders(nineAm(addDaysTo(START, 20)));
    expect(result.dueSoon).toBe(1);
  });

  it("reminds a department of a notice answer due tomorrow", async () => {
    const db = await getDb();
    const sfj = (await db.select().from(users).where(eq(users.account, "sfj_head")))[0]!.departmentId!;
    const day = addDaysTo(START, 30);
    await db.insert(notices).values({ kind: "urge", status: "issued", departmentId: sfj, content: "x", number: "测试〔2031〕1号", prefix: "测试", year: 2031, seq: 1, responseDueDate: addDaysTo(day, 1) });
    expect((await runDailyReminders(nineAm(day))).noticeDue).toBe(1);
    expect((await runDailyReminders(nineAm(day))).noticeDue).toBe(0);
    expect(await inboxOf("sfj_head", "reminder.notice_due")).toHaveLength(1);
  });

  it("a scheduled run (oncePerDay) marks the day: a second firing, from any instance, does nothing", async () => {
    const day = addDaysTo(START, 40);
    const db = await getDb();
    const marks = () => db.select().from(jobMarks).where(eq(jobMarks.key, dailyRunKey(day)));
    expect(await marks()).toEqual([]);
    expect((await runDailyReminders(nineAm(day), { oncePerDay: true })).alreadyRanToday).toBeUndefined();
    expect(await marks()).toHaveLength(1);
    expect(await runDailyReminders(nineAm(day), { oncePerDay: true })).toEqual({ dueSoon: 0, overdue: 0, urgeDrafts: 0, noticeDue: 0, alreadyRanToday: true });
    expect((await runDailyReminders(nineAm(addDaysTo(day, 1)), { oncePerDay: true })).alreadyRanToday).toBeUndefined();
  });

  it("schedules itself with pg-boss on PostgreSQL", async () => {
    const handle = await getDbHandle();
    if (handle.kind !== "postgres") return;
    const { startScheduler, DAILY_QUEUE } = await import("@/lib/jobs/scheduler");
    await startScheduler(handle);
    const { ROLL_QUEUE } = await import("@/lib/jobs/roll-task-summary");
    const rows = await handle.client`select name, cron, timezone from pgboss.schedule order by name`;
    // The reminders at nine, and the cockpit summary's roll just after midnight (ADR 017).
    expect(rows).toEqual([
      { name: DAILY_QUEUE, cron: "0 9 * * *", timezone: "Asia/Shanghai" },
      { name: ROLL_QUEUE, cron: "1 0 * * *", timezone: "Asia/Shanghai" },
    ]);
    await (globalThis as { __dudaoScheduler?: { stop: () => Promise<void> } }).__dudaoScheduler?.stop();
  });
});
