import { createHash, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { canonicalJson } from "./audit-chain";

// A checkpoint states "the chain's event at `position` has hash `hash`",
// signed with a key the database never holds (docs/decisions/009-audit-anchor.md).
// It names a position and a head hash only, so it holds whatever decides the
// order of events (today the id under a lock, later a sequence sealed in batches).
export type TCheckpoint = { v: 1; position: number; hash: string; at: string; key: string; sig: string };

/** A short, stable name of the public key, so that a key change is visible in the file. */
export function keyIdOf(privateKey: KeyObject): string {
  const der = createPublicKey(privateKey).export({ type: "spki", format: "der" });
  return createHash("sha256").update(der).digest("hex").slice(0, 16);
}

function message(c: Omit<TCheckpoint, "sig">): Buffer {
  return Buffer.from(canonicalJson({ v: c.v, position: c.position, hash: c.hash, at: c.at, key: c.key }));
}

export function signCheckpoint(privateKey: KeyObject, head: { position: number; hash: string }, at: Date): TCheckpoint {
  const unsigned = { v: 1 as const, position: head.position, hash: head.hash, at: at.toISOString(), key: keyIdOf(privateKey) };
  return { ...unsigned, sig: sign(null, message(unsigned), privateKey).toString("base64") };
}

/** True when the line is a checkpoint of this key with a good signature. */
export function isValidCheckpoint(value: unknown, privateKey: KeyObject): value is TCheckpoint {
  const c = value as Partial<TCheckpoint> | null;
  if (!c || c.v !== 1 || !Number.isSafeInteger(c.position) || typeof c.hash !== "string" || typeof c.at !== "string" || typeof c.sig !== "string") return false;
  if (c.key !== keyIdOf(privateKey)) return false;
  try {
    return verify(null, message(c as TCheckpoint), createPublicKey(privateKey), Buffer.from(c.sig, "base64"));
  } catch {
    return false;
  }
}

export type TAnchorFinding =
  | { kind: "truncated"; position: number }
  | { kind: "tail_deleted"; from: number; to: number }
  | { kind: "rewritten"; position: number }
  | { kind: "checkpoint_invalid"; line: number };

/**
 * What the checkpoints say about a chain that verified on its own (every
 * link and hash good, ending at `head`): `seen` holds the hash the database
 * has at each checkpointed position it still has. Invalid lines first (a
 * forged checkpoint), then a checkpointed event whose hash changed (a rewrite
 * with recomputed hashes), then events a checkpoint vouches for that are gone.
 */
export function compareWithCheckpoints(
  checkpoints: readonly TCheckpoint[],
  invalidLines: readonly number[],
  seen: ReadonlyMap<number, string>,
  head: number,
): TAnchorFinding | null {
  if (invalidLines.length) return { kind: "checkpoint_invalid", line: invalidLines[0]! };
  const rewritten = checkpoints
    .filter((c) => c.position <= head && seen.get(c.position) !== c.hash)
    .sort((a, b) => a.position - b.position)[0];
  if (rewritten) return { kind: "rewritten", position: rewritten.position };
  const furthest = Math.max(0, ...checkpoints.map((c) => c.position));
  if (furthest > head) return head === 0 ? { kind: "truncated", position: furthest } : { kind: "tail_deleted", from: head + 1, to: furthest };
  return null;
}
