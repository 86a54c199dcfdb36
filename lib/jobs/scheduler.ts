import type { DbHandle } from "@/db";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { runDailyReminders } from "./daily-reminders";
import { ROLL_CRON, ROLL_QUEUE, rollTaskSummary } from "./roll-task-summary";

export const DAILY_QUEUE = "daily-reminders";
export const DAILY_CRON = "0 9 * * *";

const holder = globalThis as typeof globalThis & { __dudaoScheduler?: { stop: () => Promise<void> } };

/**
 * Schedules the 09:00 job and the 00:01 roll of the task summary (in APP_TIMEZONE). On PostgreSQL it is a pg-boss
 * schedule, so that several app instances run it once between them and a
 * failed run is retried. On the embedded PGlite database the same function
 * runs in-process on the same cron (docs/decisions/005-daily-job-scheduling.md).
 */
export async function startScheduler(handle: DbHandle): Promise<void> {
  if (holder.__dudaoScheduler) return;
  const timeZone = getEnv().APP_TIMEZONE;
  const run = async () => {
    try {
      await runDailyReminders();
    } catch (error) {
      logger.error({ err: error }, "daily reminders failed");
      throw error;
    }
  };
  const roll = async () => {
    try {
      await rollTaskSummary();
    } catch (error) {
      logger.error({ err: error }, "task summary roll failed");
      throw error;
    }
  };
  if (handle.kind === "postgres") {
    const { default: PgBoss } = await import("pg-boss");
    const boss = new PgBoss({ connectionString: handle.url, max: 2 });
    boss.on("error", (error) => logger.error({ err: error }, "pg-boss"));
    await boss.start();
    await boss.createQueue(DAILY_QUEUE);
    await boss.schedule(DAILY_QUEUE, DAILY_CRON, {}, { tz: timeZone });
    await boss.work(DAILY_QUEUE, async () => run());
    await boss.createQueue(ROLL_QUEUE);
    await boss.schedule(ROLL_QUEUE, ROLL_CRON, {}, { tz: timeZone });
    await boss.work(ROLL_QUEUE, async () => roll());
    holder.__dudaoScheduler = { stop: () => boss.stop({ graceful: true }) };
  } else {
    const { Cron } = await import("croner");
    const job = new Cron(DAILY_CRON, { timezone: timeZone, protect: true, catch: true }, run);
    const rollJob = new Cron(ROLL_CRON, { timezone: timeZone, protect: true, catch: true }, roll);
    holder.__dudaoScheduler = {
      stop: async () => {
        job.stop();
        rollJob.stop();
      },
    };
  }
  logger.info({ cron: DAILY_CRON, timeZone, engine: handle.kind === "postgres" ? "pg-boss" : "in-process" }, "daily job scheduled");
}
