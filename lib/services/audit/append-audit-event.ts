import { AsyncLocalStorage } from "node:async_hooks";
import { desc, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { auditEvents } from "@/db/schema";
import { computeEventHash, GENESIS_HASH } from "@/lib/domain/audit-chain";
import type { TAuditAction } from "@/lib/domain/audit-events";
import { clock } from "@/lib/clock";
import { noteAuditAppends } from "./anchor/write-checkpoint";

// Serialises appends across every connection and app instance so the chain
// never forks; held only until the surrounding transaction ends.
const AUDIT_CHAIN_LOCK_KEY = 724_311_002;
// Rows per INSERT when a batch is written: well under PostgreSQL's 65,535 parameters.
const INSERT_CHUNK = 500;

export type TAuditInput = {
  actorId: string | null;
  /** A name from the audit vocabulary (lib/domain/audit-events.ts). */
  action: TAuditAction;
  entityType?: string | null;
  entityId?: string | null;
  data?: Record<string, unknown>;
  ip?: string | null;
};

type TPendingEvent = TAuditInput & { at: Date };

// Inside withDeferredAudit, events wait here and join the chain together at the end.
const deferred = new AsyncLocalStorage<TPendingEvent[]>();

/** Appends one event inside the caller's transaction: it commits or rolls back with the change it records. */
export async function appendAuditEvent(tx: Tx, input: TAuditInput): Promise<void> {
  const pending = { ...input, at: clock.now() };
  const buffer = deferred.getStore();
  if (buffer) buffer.push(pending);
  else await chainEvents(tx, [pending]);
}

/**
 * Runs an all-or-nothing batch (an import of thousands of tasks) whose audit
 * events are chained together once it has finished, so that the chain's lock
 * — which every write in the system waits for — is held for the final insert
 * only, not for the whole batch. Only for work that fails as a whole: an
 * event of a savepoint rolled back inside `fn` would still be written.
 */
export async function withDeferredAudit<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  const buffer: TPendingEvent[] = [];
  const result = await deferred.run(buffer, fn);
  await chainEvents(tx, buffer);
  return result;
}

async function chainEvents(tx: Tx, events: TPendingEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`);
  const [last] = await tx.select({ id: auditEvents.id, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  let previous = { id: last?.id ?? 0, hash: last?.hash ?? GENESIS_HASH };
  const rows = events.map((input) => {
    const event = {
      id: previous.id + 1,
      at: input.at,
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      // Stored as jsonb: normalise now so the hash sees what the database will return.
      data: JSON.parse(JSON.stringify(input.data ?? {})) as Record<string, unknown>,
      ip: input.ip ?? null,
      prevHash: previous.hash,
    };
    const chained = { ...event, hash: computeEventHash(event) };
    previous = chained;
    return chained;
  });
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await tx.insert(auditEvents).values(rows.slice(i, i + INSERT_CHUNK));
  noteAuditAppends(rows.length);
}
