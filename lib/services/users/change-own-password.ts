import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { TActor } from "@/lib/domain/actor";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { revokeUserSessions } from "@/lib/services/auth/revoke-sessions";
import { consume } from "@/lib/rate-limit/throttle";
import { assertNewPasswordAllowed } from "./user-helpers";
import { inTransaction } from "@/lib/services/transaction";
import { updateAtVersion } from "@/lib/services/versioned-update";
import type { ZChangeOwnPasswordSchema } from "@/lib/validation/auth";
import type { z } from "@/lib/validation/zod";
import { clock } from "@/lib/clock";

/** Any signed-in user; the current password is required, and every session (this one too) ends. */
export async function changeOwnPassword(actor: TActor, input: z.output<typeof ZChangeOwnPasswordSchema>) {
  // Guessing the current password here would bypass the sign-in lockout.
  await consume("passwordChange", actor.id);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.id)).for("update");
    if (!user) throw new AppError("NOT_FOUND", "notFound");
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("VALIDATION", "validationFailed", { fieldErrors: { currentPassword: ["currentPasswordWrong"] } });
    }
    await assertNewPasswordAllowed(input.password, user);
    // The row is locked, so its version is the one this change is made against.
    await updateAtVersion(tx, users, actor.id, user.version, { passwordHash, passwordChangedAt: clock.now() });
    const revoked = await revokeUserSessions(tx, actor.id);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "user.change_password",
      entityType: "user",
      entityId: actor.id,
      data: { ...revoked },
      ip: actor.ip,
    });
  });
}
