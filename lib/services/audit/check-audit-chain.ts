import { getDb } from "@/db";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { verifyAudit } from "./anchor/verify-audit";

/** The audit viewer's 校验: the same check as `npm run audit:verify` (chain and checkpoints), for who may read the log. */
export async function checkAuditChain(actor: TActor) {
  assertCan(actor, "audit:read");
  const result = await verifyAudit(await getDb());
  return {
    checked: result.checked,
    broken: result.broken ? { position: result.broken.position, reason: result.broken.reason } : null,
    anchor: result.anchor,
    checkpoints: result.checkpoints,
    lastCheckpoint: result.lastCheckpoint,
    unsealed: { count: result.unsealed.count, overdue: result.unsealed.overdue },
  };
}
