import type { TAuditData } from "@/lib/domain/audit-events";
import { eq, or, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { users, type TUser } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import type { TRequestContext } from "@/lib/domain/actor";
import { afterFailure, afterSuccess, isLocked } from "@/lib/domain/lockout";
import { getEnv } from "@/lib/env";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { clock } from "@/lib/clock";

export type TSignInMethod = "account" | "phone" | "any";
export type TCredentialRefusal = { ok: false; reason: "invalid" | "pending" | "disabled" };
type TSignInAction = "auth.sign_in" | "auth.sign_in_failed" | "auth.sign_in_refused" | "auth.locked" | "auth.token_issued";
/** What an event adds to the login and method every sign-in event records. */
type TSignInAudit = <A extends TSignInAction>(action: A, data: Omit<TAuditData<A>, "login" | "method">) => Promise<void>;
export type TCredentialCheck = { ok: true; user: TUser; audit: TSignInAudit } | TCredentialRefusal;

export function normaliseLogin(login: string): string {
  return login.trim().toLowerCase();
}

/**
 * The one password check behind every door (the sign-in page and the API's
 * token endpoint): same lockout, same audit, same answer for an unknown
 * account, a wrong password and a locked account (telling "locked" apart
 * would let anyone find real accounts, and lock them on purpose to learn it).
 * Only with the right password does the answer say more (pending, disabled).
 * Runs inside the caller's transaction, which must commit refusals too, so
 * that failures are counted.
 */
export async function checkCredentials(
  tx: Tx,
  input: { login: string; password: string; method: TSignInMethod },
  context: TRequestContext,
): Promise<TCredentialCheck> {
  const env = getEnv();
  const login = normaliseLogin(input.login);
  const match =
    input.method === "account"
      ? eq(users.account, login)
      : input.method === "phone"
        ? eq(users.phone, login)
        : or(eq(users.account, login), eq(users.phone, login));
  const policy = { threshold: env.LOCKOUT_THRESHOLD, minutes: env.LOCKOUT_MINUTES };

  // FOR UPDATE: two wrong passwords at once must both count.
  // A pending registration may share an existing account's name or phone
  // (they are unique among active and disabled accounts only): the real account wins.
  const [user] = await tx
    .select()
    .from(users)
    .where(match)
    .orderBy(sql`case ${users.status} when 'active' then 0 when 'disabled' then 1 when 'pending' then 2 else 3 end`, users.createdAt)
    .limit(1)
    .for("update");
  const now = clock.now();
  // Verified even for an unknown account, so both answers take about as long.
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  const audit: TSignInAudit = async (action, data) => {
    await appendAuditEvent(tx, {
      actorId: user?.id ?? null,
      action,
      entityType: "user",
      entityId: user?.id ?? null,
      data: { login, method: input.method, ...data } as TAuditData<typeof action>,
      ip: context.ip,
    });
  };

  if (!user) {
    await audit("auth.sign_in_failed", { reason: "unknown" });
    return { ok: false, reason: "invalid" };
  }
  if (isLocked(user, now)) {
    await audit("auth.sign_in_refused", { reason: "locked" });
    return { ok: false, reason: "invalid" };
  }
  if (!passwordOk) {
    const next = afterFailure(user, now, policy);
    await tx.update(users).set({ failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil }).where(eq(users.id, user.id));
    await audit("auth.sign_in_failed", { reason: "password" });
    if (next.justLocked) {
      await audit("auth.locked", { until: next.lockedUntil?.toISOString() });
    }
    return { ok: false, reason: "invalid" };
  }
  if (user.status !== "active") {
    await audit("auth.sign_in_refused", { reason: user.status });
    return { ok: false, reason: user.status === "pending" ? "pending" : user.status === "disabled" ? "disabled" : "invalid" };
  }
  await tx.update(users).set(afterSuccess()).where(eq(users.id, user.id));
  return { ok: true, user, audit };
}
