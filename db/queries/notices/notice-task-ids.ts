import "server-only";
import { asc, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { noticeTasks } from "@/db/schema";

/** The tasks a notice names (the notice itself was loaded in scope by its service). */
export async function noticeTaskIds(noticeIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!noticeIds.length) return out;
  const db = await getDb();
  const rows = await db.select().from(noticeTasks).where(inArray(noticeTasks.noticeId, noticeIds)).orderBy(asc(noticeTasks.taskId));
  for (const row of rows) out.set(row.noticeId, [...(out.get(row.noticeId) ?? []), row.taskId]);
  return out;
}
