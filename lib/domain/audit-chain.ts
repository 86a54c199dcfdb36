import { createHash } from "node:crypto";

// Tamper evidence: every sealed event's hash covers all of its fields, its
// chain position and the hash of the event before it, so changing, removing or
// reordering any sealed event breaks the chain at that event. Positions are
// given by the sealer (ADR 018); before it, the position was the row id, and
// the hashes of those events are unchanged.
export const GENESIS_HASH = "0".repeat(64);

export type TChainedEvent = {
  /** Place in the chain: 1, 2, 3, … without gaps. */
  position: number;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  data: unknown;
  ip: string | null;
  prevHash: string;
  hash: string;
};

/** JSON with object keys sorted, so jsonb's key reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function computeEventHash(event: Omit<TChainedEvent, "hash">): string {
  const payload = canonicalJson([
    event.position,
    event.prevHash,
    event.at.toISOString(),
    event.actorId,
    event.action,
    event.entityType,
    event.entityId,
    event.data,
    event.ip,
  ]);
  return createHash("sha256").update(payload).digest("hex");
}

export type TChainBreak = { position: number; reason: "hash" | "link" | "sequence" };

/**
 * Checks a run of consecutive events. `previous` is the event just before the
 * run (null at the start of the chain). Returns the first broken event.
 */
export function findChainBreak(
  events: readonly TChainedEvent[],
  previous: Pick<TChainedEvent, "position" | "hash"> | null,
): TChainBreak | null {
  let prev = previous;
  for (const event of events) {
    const expected = prev ? prev.position + 1 : 1;
    if (event.position !== expected) return { position: event.position, reason: "sequence" };
    if (event.prevHash !== (prev ? prev.hash : GENESIS_HASH)) return { position: event.position, reason: "link" };
    if (computeEventHash(event) !== event.hash) return { position: event.position, reason: "hash" };
    prev = event;
  }
  return null;
}
