import { asc, desc, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { auditEvents } from "@/db/schema";
import { computeEventHash, GENESIS_HASH } from "@/lib/domain/audit-chain";
import { logger } from "@/lib/logger";
import { noteAuditAppends } from "./anchor/write-checkpoint";

// ADR 018. Writes insert their events unchained, without a lock; the sealer
// chains what has committed. One sealer at a time across every instance: the
// transaction-scoped advisory lock below (tried, never waited for), backed by
// the unique index on position, which makes a second chain impossible anyway.
const SEALER_LOCK_KEY = 724_311_018;
/** Events per sealing transaction. */
export const SEAL_BATCH = 1000;

/**
 * Seals, in one transaction, up to `limit` committed unsealed events in id
 * order after the chain head. Returns how many, or null when another sealer
 * holds the lock. Events of transactions still running are invisible here
 * and are sealed by a later pass (the chain is in sealing order, see ADR 018).
 */
export async function sealBatch(tx: Tx, limit = SEAL_BATCH): Promise<number | null> {
  const [lock] = await executeRows<{ ok: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${SEALER_LOCK_KEY}) as ok`);
  if (!lock?.ok) return null;
  const events = await tx.select().from(auditEvents).where(isNull(auditEvents.position)).orderBy(asc(auditEvents.id)).limit(limit);
  if (events.length === 0) return 0;
  const [head] = await tx
    .select({ position: auditEvents.position, hash: auditEvents.hash })
    .from(auditEvents)
    .where(isNotNull(auditEvents.position))
    .orderBy(desc(auditEvents.position))
    .limit(1);
  let previous = { position: head?.position ?? 0, hash: head?.hash ?? GENESIS_HASH };
  const seals = events.map((event) => {
    const position = previous.position + 1;
    const seal = { id: event.id, position, prevHash: previous.hash, hash: computeEventHash({ ...event, position, prevHash: previous.hash }) };
    previous = seal;
    return seal;
  });
  const values = sql.join(
    seals.map((s) => sql`(${s.id}::bigint, ${s.position}::bigint, ${s.prevHash}::text, ${s.hash}::text)`),
    sql`, `,
  );
  const updated = await executeRows<{ id: number }>(
    tx,
    sql`update audit_events as e set position = v.position, prev_hash = v.prev_hash, hash = v.hash
        from (values ${values}) as v(id, position, prev_hash, hash)
        where e.id = v.id and e.position is null
        returning e.id`,
  );
  // Another sealer got there first (only possible without the lock): give the batch up whole.
  if (updated.length !== seals.length) throw new Error(`audit sealer: ${seals.length - updated.length} events were sealed by someone else; batch abandoned`);
  return seals.length;
}

/** One pass: seals batch after batch until nothing committed is left unsealed (or another sealer is at work). */
async function sealAll(db: Db): Promise<{ sealed: number; busy: boolean }> {
  let sealed = 0;
  for (;;) {
    const n = await db.transaction((tx) => sealBatch(tx));
    if (n === null) return { sealed, busy: true };
    sealed += n;
    if (n < SEAL_BATCH) return { sealed, busy: false };
  }
}

type TSealResult = { sealed: number; busy: boolean };
let running: Promise<TSealResult> | null = null;
let queued: Promise<TSealResult> | null = null;

function startPass(): Promise<TSealResult> {
  running = (async () => {
    const result = await sealAll(await getDb());
    if (result.sealed > 0) noteAuditAppends(result.sealed);
    return result;
  })().finally(() => {
    running = null;
  });
  return running;
}

/**
 * Seals every committed event not yet in the chain; one pass at a time per
 * process. A call during a pass waits for one more pass after it (shared by
 * every such call), so that events committed meanwhile are sealed too.
 * Resolves to the number that pass sealed and whether another sealer (another
 * instance) held the lock.
 */
export function sealAuditEvents(): Promise<TSealResult> {
  if (!running) return startPass();
  queued ??= running
    .catch(() => undefined)
    .then(() => {
      queued = null;
      return running ?? startPass();
    });
  return queued;
}

// The loop, started by the server (lib/bootstrap): a pass shortly after each
// append (coalesced), a retry when another instance held the lock, and a
// timer that catches events whose transaction committed after the nudge.
const NUDGE_MS = 20;
const BUSY_RETRY_MS = 100;
const TICK_MS = 1_000;
let started = false;
let timer: NodeJS.Timeout | null = null;

function schedule(ms: number): void {
  if (!started || timer) return;
  timer = setTimeout(() => {
    timer = null;
    sealAuditEvents()
      .then((result) => {
        if (result.busy) schedule(BUSY_RETRY_MS);
      })
      .catch((error: unknown) => logger.error({ err: error }, "audit sealing failed"));
  }, ms);
  timer.unref();
}

/** Called by every append (inside its transaction): the event is sealed a moment after it commits. */
export function nudgeAuditSealer(): void {
  schedule(NUDGE_MS);
}

/** Starts this process's sealer: every instance runs one, and the lock lets one of them work at a time. */
export function startAuditSealer(): void {
  if (started) return;
  started = true;
  setInterval(() => schedule(0), TICK_MS).unref();
  schedule(0);
}
