import { desc, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { auditEvents } from "@/db/schema";
import { computeEventHash, GENESIS_HASH } from "@/lib/domain/audit-chain";

// Serialises appends across every connection and app instance so the chain
// never forks; held only until the surrounding transaction ends.
const AUDIT_CHAIN_LOCK_KEY = 724_311_002;

export type TAuditInput = {
  actorId: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  data?: Record<string, unknown>;
  ip?: string | null;
};

/** Appends one event inside the caller's transaction: it commits or rolls back with the change it records. */
export async function appendAuditEvent(tx: Tx, input: TAuditInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`);
  const [last] = await tx
    .select({ id: auditEvents.id, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const event = {
    id: (last?.id ?? 0) + 1,
    at: new Date(),
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType ?? null,
    entityId: input.entityId ?? null,
    // Stored as jsonb: normalise now so the hash sees what the database will return.
    data: JSON.parse(JSON.stringify(input.data ?? {})) as Record<string, unknown>,
    ip: input.ip ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditEvents).values({ ...event, hash: computeEventHash(event) });
}
