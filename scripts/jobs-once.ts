// npm run jobs:once — runs the daily reminders now (idempotent: a second run the same day changes nothing).
import { runDailyReminders } from "@/lib/jobs/daily-reminders";
import { runWithDb } from "./run-with-db";

await runWithDb(async () => {
  const result = await runDailyReminders();
  console.log(
    `Daily reminders: ${result.dueSoon} due-soon reminders, ${result.overdue} overdue notices, ${result.urgeDrafts} 催办通知 drafted, ${result.noticeDue} notice responses due tomorrow.`,
  );
});
