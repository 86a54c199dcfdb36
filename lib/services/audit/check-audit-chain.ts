import { getDb } from "@/db";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { verifyAuditChain } from "./verify-audit-chain";

/** The audit viewer's 校验: the same walk as `npm run audit:verify`, for who may read the log. */
export async function checkAuditChain(actor: TActor) {
  assertCan(actor, "audit:read");
  const { checked, broken } = await verifyAuditChain(await getDb());
  return { checked, broken: broken ? { id: broken.id, reason: broken.reason } : null };
}
