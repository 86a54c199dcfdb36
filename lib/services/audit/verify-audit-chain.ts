import { asc, gt } from "drizzle-orm";
import type { Db } from "@/db";
import { auditEvents, type TAuditEvent } from "@/db/schema";
import { findChainBreak, type TChainBreak } from "@/lib/domain/audit-chain";

const BATCH = 5000;

/**
 * Walks the whole chain in id order, batch by batch; returns the first broken
 * event and the count checked. `observe` sees each event of the intact part
 * (the anchor check compares checkpointed positions).
 */
export async function verifyAuditChain(db: Db, observe?: (event: TAuditEvent) => void): Promise<{ checked: number; broken: TChainBreak | null }> {
  let previous: { id: number; hash: string } | null = null;
  let checked = 0;
  for (;;) {
    const batch: TAuditEvent[] = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, previous?.id ?? 0))
      .orderBy(asc(auditEvents.id))
      .limit(BATCH);
    if (batch.length === 0) return { checked, broken: null };
    const broken = findChainBreak(batch, previous);
    if (broken) return { checked: checked + batch.findIndex((e) => e.id === broken.id), broken };
    if (observe) batch.forEach(observe);
    checked += batch.length;
    const last: TAuditEvent = batch[batch.length - 1]!;
    previous = { id: last.id, hash: last.hash };
  }
}
