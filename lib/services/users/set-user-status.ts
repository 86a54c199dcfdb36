import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { NOTHING_REVOKED, revokeUserSessions } from "@/lib/services/auth/revoke-sessions";
import { inTransaction } from "@/lib/services/transaction";
import type { ZSetUserStatusSchema } from "@/lib/validation/users";
import type { z } from "@/lib/validation/zod";
import { updateUserVersioned } from "./user-helpers";

export async function setUserStatus(actor: TActor, input: z.output<typeof ZSetUserStatusSchema>) {
  assertCan(actor, "user:manage");
  // An admin who disables themself locks everyone out of administration.
  if (input.id === actor.id && input.status === "disabled") throw new AppError("RULE", "cannotDisableSelf");
  return inTransaction(async (tx) => {
    const { before, after } = await updateUserVersioned(tx, input.id, input.version, {
      status: input.status,
      ...(input.status === "active" ? { failedAttempts: 0, lockedUntil: null } : {}),
    });
    if (before.status === "pending" || before.status === "rejected") {
      // Registrations are decided through their own operation, with roles.
      throw new AppError("RULE", "registrationNotDecided");
    }
    const revoked = input.status === "disabled" ? await revokeUserSessions(tx, after.id) : NOTHING_REVOKED;
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: input.status === "disabled" ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: after.id,
      data: { ...revoked },
      ip: actor.ip,
    });
    return after;
  });
}
