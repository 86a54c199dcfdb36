import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { numberCounters } from "@/db/schema";
import { formatNoticeNumber } from "@/lib/domain/notice-rules";
import { assertCan, type TActorRoles } from "@/lib/domain/permissions";

/**
 * The number the next issued notice would take (梁法督〔2026〕8号), for the
 * preview before issuing. Only read: nothing is reserved, so an abandoned
 * preview leaves no gap. Issuing still takes its number from the locked
 * counter (allocateNoticeNumber); if someone issued meanwhile, the form says
 * the number changed.
 */
export async function peekNextNoticeNumber(actor: TActorRoles, prefix: string, year: number): Promise<string> {
  assertCan(actor, "notice:issue");
  const db = await getDb();
  const [row] = await db
    .select({ last: numberCounters.lastValue })
    .from(numberCounters)
    .where(and(eq(numberCounters.prefix, prefix), eq(numberCounters.year, year)));
  return formatNoticeNumber(prefix, year, (row?.last ?? 0) + 1);
}
