import { AsyncLocalStorage } from "node:async_hooks";
import type { Tx } from "@/db";
import { auditEvents } from "@/db/schema";
import type { TAuditAction, TAuditData } from "@/lib/domain/audit-events";
import { clock } from "@/lib/clock";
import { nudgeAuditSealer } from "./seal-audit-events";
// Rows per INSERT when a batch is written: well under PostgreSQL's 65,535 parameters.
const INSERT_CHUNK = 500;

export type TAuditInput<A extends TAuditAction = TAuditAction> = {
  actorId: string | null;
  /** A name from the audit vocabulary (lib/domain/audit-events.ts). */
  action: A;
  entityType?: string | null;
  entityId?: string | null;
  /** The data its action's schema describes: a writer that drifts from it does not compile. */
  data?: TAuditData<A>;
  ip?: string | null;
};

type TPendingEvent = TAuditInput & { at: Date };

// Inside withDeferredAudit, events wait here and are written together at the end.
const deferred = new AsyncLocalStorage<TPendingEvent[]>();

/**
 * Appends one event inside the caller's transaction: it commits or rolls back
 * with the change it records. No lock: the event takes an id from a sequence
 * and the sealer chains it once committed (ADR 018).
 */
export async function appendAuditEvent<A extends TAuditAction>(tx: Tx, input: TAuditInput<A>): Promise<void> {
  const pending = { ...input, at: clock.now() };
  const buffer = deferred.getStore();
  if (buffer) buffer.push(pending);
  else await insertEvents(tx, [pending]);
}

/**
 * Runs an all-or-nothing batch (an import of thousands of tasks) whose audit
 * events are written together, in the order they happened, once it has
 * finished: a few multi-row inserts instead of one per event. Only for work
 * that fails as a whole: an event of a savepoint rolled back inside `fn`
 * would still be written.
 */
export async function withDeferredAudit<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  const buffer: TPendingEvent[] = [];
  const result = await deferred.run(buffer, fn);
  await insertEvents(tx, buffer);
  return result;
}

async function insertEvents(tx: Tx, events: TPendingEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((input) => ({
    at: input.at,
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType ?? null,
    entityId: input.entityId ?? null,
    data: input.data ?? {},
    ip: input.ip ?? null,
  }));
  // Ids come from the sequence in row order, so a batch keeps its order in the chain.
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await tx.insert(auditEvents).values(rows.slice(i, i + INSERT_CHUNK));
  nudgeAuditSealer();
}
