// npm run jobs:once — runs the daily job now: the reminders (idempotent: a second run the same day
// changes nothing) and the purge of abandoned uploads.
import { runDailyReminders } from "@/lib/jobs/daily-reminders";
import { purgeAbandonedUploads } from "@/lib/services/attachments/purge-abandoned-uploads";
import { runWithDb } from "./run-with-db";

await runWithDb(async () => {
  const result = await runDailyReminders();
  console.log(
    `Daily reminders: ${result.dueSoon} due-soon reminders, ${result.overdue} overdue notices, ${result.urgeDrafts} 催办通知 drafted, ${result.noticeDue} notice responses due tomorrow.`,
  );
  const purged = await purgeAbandonedUploads();
  console.log(`Abandoned uploads: ${purged.uploads} removed, ${purged.files} files deleted.`);
});
