import { sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { numberCounters } from "@/db/schema";
import { formatNoticeNumber } from "@/lib/domain/notice-rules";

/**
 * The next notice number for an issuer prefix and year, taken inside the
 * issuing transaction: the counter row stays locked until that transaction
 * ends, so concurrent issues queue up, and a rolled-back issue gives its
 * number back. Numbers are therefore unique and gap-free.
 */
export async function allocateNoticeNumber(tx: Tx, prefix: string, year: number) {
  const [row] = await tx
    .insert(numberCounters)
    .values({ prefix, year, lastValue: 1 })
    .onConflictDoUpdate({ target: [numberCounters.prefix, numberCounters.year], set: { lastValue: sql`${numberCounters.lastValue} + 1` } })
    .returning({ seq: numberCounters.lastValue });
  const seq = row!.seq;
  return { prefix, year, seq, number: formatNoticeNumber(prefix, year, seq) };
}
