import { eq, or } from "drizzle-orm";
import { getDb } from "@/db";
import { sessions, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import type { TRequestContext } from "@/lib/domain/actor";
import { afterFailure, afterSuccess, isLocked } from "@/lib/domain/lockout";
import { getEnv } from "@/lib/env";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";

export type TSignInMethod = "account" | "phone" | "any";
export type TSignInResult =
  | { ok: true; sessionId: string; userId: string }
  | { ok: false; reason: "invalid" | "locked" | "pending" | "disabled"; lockedUntil?: Date };

export function normaliseLogin(login: string): string {
  return login.trim().toLowerCase();
}

/**
 * Checks a password and opens a server-side session. Failures are recorded
 * (and committed), so this returns refusals instead of throwing them.
 */
export async function signIn(
  input: { login: string; password: string; method: TSignInMethod },
  context: TRequestContext,
): Promise<TSignInResult> {
  const env = getEnv();
  const db = await getDb();
  const login = normaliseLogin(input.login);
  const match =
    input.method === "account"
      ? eq(users.account, login)
      : input.method === "phone"
        ? eq(users.phone, login)
        : or(eq(users.account, login), eq(users.phone, login));
  const policy = { threshold: env.LOCKOUT_THRESHOLD, minutes: env.LOCKOUT_MINUTES };

  return db.transaction(async (tx) => {
    // FOR UPDATE: two wrong passwords at once must both count.
    const [user] = await tx.select().from(users).where(match).limit(1).for("update");
    const now = new Date();
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    const audit = (action: string, data: Record<string, unknown> = {}) =>
      appendAuditEvent(tx, {
        actorId: user?.id ?? null,
        action,
        entityType: "user",
        entityId: user?.id ?? null,
        data: { login, method: input.method, ...data },
        ip: context.ip,
      });

    if (!user) {
      await audit("auth.sign_in_failed", { reason: "unknown" });
      return { ok: false, reason: "invalid" };
    }
    if (isLocked(user, now)) {
      await audit("auth.sign_in_refused", { reason: "locked" });
      return { ok: false, reason: "locked", lockedUntil: user.lockedUntil ?? undefined };
    }
    if (!passwordOk) {
      const next = afterFailure(user, now, policy);
      await tx
        .update(users)
        .set({ failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil })
        .where(eq(users.id, user.id));
      await audit("auth.sign_in_failed", { reason: "password" });
      if (next.justLocked) {
        await audit("auth.locked", { until: next.lockedUntil?.toISOString() });
        return { ok: false, reason: "locked", lockedUntil: next.lockedUntil ?? undefined };
      }
      return { ok: false, reason: "invalid" };
    }
    if (user.status !== "active") {
      await audit("auth.sign_in_refused", { reason: user.status });
      return { ok: false, reason: user.status === "pending" ? "pending" : user.status === "disabled" ? "disabled" : "invalid" };
    }
    await tx.update(users).set(afterSuccess()).where(eq(users.id, user.id));
    const [session] = await tx
      .insert(sessions)
      .values({
        userId: user.id,
        expiresAt: new Date(now.getTime() + env.SESSION_MAX_HOURS * 3_600_000),
        ip: context.ip,
        userAgent: context.userAgent?.slice(0, 500) ?? null,
      })
      .returning({ id: sessions.id });
    await audit("auth.sign_in", { sessionId: session!.id });
    return { ok: true, sessionId: session!.id, userId: user.id };
  });
}
