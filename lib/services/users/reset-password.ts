import { hashPassword } from "@/lib/auth/password";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { revokeUserSessions } from "@/lib/services/auth/revoke-sessions";
import { inTransaction } from "@/lib/services/transaction";
import type { ZResetPasswordSchema } from "@/lib/validation/users";
import type { z } from "@/lib/validation/zod";
import { assertNewPasswordAllowed, updateUserVersioned } from "./user-helpers";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { clock } from "@/lib/clock";

/** An admin sets a new password; it also lifts a lockout and ends every session. */
export async function resetPassword(actor: TActor, input: z.output<typeof ZResetPasswordSchema>) {
  assertCan(actor, "user:manage");
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async (tx) => {
    const [target] = await tx.select({ account: users.account, passwordHash: users.passwordHash }).from(users).where(eq(users.id, input.id));
    if (target) await assertNewPasswordAllowed(input.password, target);
    const { after } = await updateUserVersioned(tx, input.id, input.version, {
      passwordHash,
      passwordChangedAt: clock.now(),
      failedAttempts: 0,
      lockedUntil: null,
    });
    const revoked = await revokeUserSessions(tx, after.id);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "user.reset_password",
      entityType: "user",
      entityId: after.id,
      data: { ...revoked },
      ip: actor.ip,
    });
    return after;
  });
}
