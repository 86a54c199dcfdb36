import { asc, count, gt, isNull, min } from "drizzle-orm";
import type { Db } from "@/db";
import { auditEvents, type TAuditEvent } from "@/db/schema";
import { findChainBreak, type TChainBreak, type TChainedEvent } from "@/lib/domain/audit-chain";

const BATCH = 5000;

/** A sealed event: the sealer gave it a position and hashes (ADR 018). */
export type TSealedEvent = TAuditEvent & TChainedEvent;

/**
 * Walks the whole chain in position order, batch by batch; returns the first
 * broken event and the count checked. `observe` sees each event of the
 * intact part (the anchor check compares checkpointed positions). Events not
 * sealed yet are not part of the chain: `countUnsealed` reports them.
 */
export async function verifyAuditChain(db: Db, observe?: (event: TSealedEvent) => void): Promise<{ checked: number; broken: TChainBreak | null }> {
  let previous: { position: number; hash: string } | null = null;
  let checked = 0;
  for (;;) {
    const batch = (await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.position, previous?.position ?? 0))
      .orderBy(asc(auditEvents.position))
      .limit(BATCH)) as TSealedEvent[];
    if (batch.length === 0) return { checked, broken: null };
    const broken = findChainBreak(batch, previous);
    if (broken) return { checked: checked + batch.findIndex((e) => e.position === broken.position), broken };
    if (observe) batch.forEach(observe);
    checked += batch.length;
    const last = batch[batch.length - 1]!;
    previous = { position: last.position, hash: last.hash };
  }
}

export type TUnsealed = { count: number; oldestAt: Date | null; oldestId: number | null };

/** Committed events the sealer has not chained yet, and the oldest of them. */
export async function countUnsealed(db: Db): Promise<TUnsealed> {
  const [row] = await db
    .select({ count: count(), oldestAt: min(auditEvents.at), oldestId: min(auditEvents.id) })
    .from(auditEvents)
    .where(isNull(auditEvents.position));
  const oldestId = row?.oldestId ?? null;
  return { count: row?.count ?? 0, oldestAt: row?.oldestAt ? new Date(row.oldestAt) : null, oldestId: oldestId === null ? null : Number(oldestId) };
}
