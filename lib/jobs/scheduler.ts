import type { DbHandle } from "@/db";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { purgeAbandonedUploads } from "@/lib/services/attachments/purge-abandoned-uploads";
import { runDailyReminders } from "./daily-reminders";
import { ROLL_CRON, ROLL_QUEUE, rollTaskSummary } from "./roll-task-summary";

export const DAILY_QUEUE = "daily-reminders";

const holder = globalThis as typeof globalThis & { __dudaoScheduler?: { stop: () => Promise<void> } };

/**
 * Schedules the daily job (DAILY_JOB_CRON, 09:00 in APP_TIMEZONE: the reminders, then the purge of
 * abandoned uploads) and the 00:01 roll of the task summary. On
 * PostgreSQL it is a pg-boss schedule, so that several app instances run it
 * once between them and a failed run is retried; the job's own mark of the
 * day (job_marks "daily-run:YYYY-MM-DD") makes a second firing a no-op. On the embedded PGlite database the same function
 * runs in-process on the same cron (docs/decisions/005-daily-job-scheduling.md).
 */
export async function startScheduler(handle: DbHandle): Promise<void> {
  if (holder.__dudaoScheduler) return;
  const { APP_TIMEZONE: timeZone, DAILY_JOB_CRON: cron } = getEnv();
  const run = async () => {
    try {
      await runDailyReminders(undefined, { oncePerDay: true });
    } catch (error) {
      logger.error({ err: error }, "daily reminders failed");
      throw error;
    }
    // After the reminders, on its own: a failed sweep is logged and tried again the next day.
    await purgeAbandonedUploads().catch((error: unknown) => logger.error({ err: error }, "purge of abandoned uploads failed"));
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
    await boss.schedule(DAILY_QUEUE, cron, {}, { tz: timeZone });
    await boss.work(DAILY_QUEUE, async () => run());
    await boss.createQueue(ROLL_QUEUE);
    await boss.schedule(ROLL_QUEUE, ROLL_CRON, {}, { tz: timeZone });
    await boss.work(ROLL_QUEUE, async () => roll());
    holder.__dudaoScheduler = { stop: () => boss.stop({ graceful: true }) };
  } else {
    const { Cron } = await import("croner");
    const job = new Cron(cron, { timezone: timeZone, protect: true, catch: true }, run);
    const rollJob = new Cron(ROLL_CRON, { timezone: timeZone, protect: true, catch: true }, roll);
    holder.__dudaoScheduler = {
      stop: async () => {
        job.stop();
        rollJob.stop();
      },
    };
  }
  logger.info({ cron, timeZone, engine: handle.kind === "postgres" ? "pg-boss" : "in-process" }, "daily job scheduled");
}
