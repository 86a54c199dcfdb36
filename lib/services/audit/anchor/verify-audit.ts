import type { Db } from "@/db";
import { clock } from "@/lib/clock";
import type { TChainBreak } from "@/lib/domain/audit-chain";
import { getEnv } from "@/lib/env";
import { compareWithCheckpoints, type TAnchorFinding } from "@/lib/domain/audit-checkpoint";
import { countUnsealed, verifyAuditChain } from "../verify-audit-chain";
import { checkpointFile, readCheckpoints } from "./checkpoint-file";
import { loadSigningKey } from "./signing-key";

export type TAuditVerification = {
  /** Events whose hash and link were checked. */
  checked: number;
  /** The first event that breaks the chain itself (changed, missing, reordered). */
  broken: TChainBreak | null;
  /** What the signed checkpoints outside the database show (truncation, tail deletion, rewrite). */
  anchor: TAnchorFinding | null;
  checkpoints: number;
  lastCheckpoint: { position: number; at: string } | null;
  /**
   * Committed events not sealed into the chain yet (ADR 018): normal for a
   * second or so after a write; `overdue` when the oldest is older than
   * AUDIT_SEAL_MAX_LAG_SECONDS, i.e. no sealer is running or it is stuck.
   */
  unsealed: { count: number; oldestId: number | null; oldestAt: string | null; overdue: boolean };
};

/**
 * The full check behind `npm run audit:verify` and the audit page: the hash
 * chain in the database, then every signed checkpoint against it. The chain
 * alone cannot see a cut tail or a rewrite whose hashes were recomputed; a
 * checkpoint signed with a key outside the database can.
 */
export async function verifyAudit(db: Db): Promise<TAuditVerification> {
  const file = checkpointFile();
  const { checkpoints, invalidLines } = readCheckpoints(file, loadSigningKey({ create: false }));
  const positions = new Set(checkpoints.map((c) => c.position));
  const seen = new Map<number, string>();
  let head = 0;
  const chain = await verifyAuditChain(db, (event) => {
    head = event.position;
    if (positions.has(event.position)) seen.set(event.position, event.hash);
  });
  const unsealed = await countUnsealed(db);
  const lagMs = unsealed.oldestAt ? clock.now().getTime() - unsealed.oldestAt.getTime() : 0;
  const newest = [...checkpoints].sort((a, b) => b.position - a.position)[0];
  return {
    ...chain,
    anchor: chain.broken ? null : compareWithCheckpoints(checkpoints, invalidLines, seen, head),
    checkpoints: checkpoints.length,
    lastCheckpoint: newest ? { position: newest.position, at: newest.at } : null,
    unsealed: {
      count: unsealed.count,
      oldestId: unsealed.oldestId,
      oldestAt: unsealed.oldestAt?.toISOString() ?? null,
      overdue: lagMs > getEnv().AUDIT_SEAL_MAX_LAG_SECONDS * 1000,
    },
  };
}
