import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import type { TActor } from "@/lib/domain/actor";
import { AppError } from "@/lib/errors";
import { consume } from "@/lib/rate-limit/throttle";
import { assertCan } from "@/lib/domain/permissions";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import type { ZCreateApiTokenSchema } from "@/lib/validation/api-tokens";
import type { z } from "@/lib/validation/zod";
import { insertApiToken } from "./insert-api-token";
import { clock } from "@/lib/clock";

const DAY_MS = 86_400_000;

/**
 * A personal token for scripts, created in the settings page; its secret is
 * shown once. It can outlive the session by a year, so the current password
 * is asked again (re-authentication), within the password-change budget.
 */
export async function createPersonalToken(actor: TActor, input: z.output<typeof ZCreateApiTokenSchema>) {
  assertCan(actor, "token:manage_own");
  await consume("passwordChange", actor.id);
  return inTransaction(async (tx) => {
    const [user] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
    if (!(await verifyPassword(user?.passwordHash ?? null, input.currentPassword))) {
      throw new AppError("VALIDATION", "validationFailed", { fieldErrors: { currentPassword: ["currentPasswordWrong"] } });
    }
    const issued = await insertApiToken(tx, {
      userId: actor.id,
      name: input.name,
      expiresAt: new Date(clock.nowMs() + input.expiresInDays * DAY_MS),
    });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "token.create",
      entityType: "api_token",
      entityId: issued.id,
      data: { name: input.name, expiresAt: issued.expiresAt.toISOString() },
      ip: actor.ip,
    });
    return { id: issued.id, token: issued.token, expiresAt: issued.expiresAt };
  });
}
