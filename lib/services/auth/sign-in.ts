import { getDb } from "@/db";
import { sessions } from "@/db/schema";
import type { TRequestContext } from "@/lib/domain/actor";
import { getEnv } from "@/lib/env";
import { countSignInFailure, guardSignIn } from "./sign-in-throttle";
import { forgetFailures, remainingAfterFailure } from "./sign-in-attempts";
import { checkCredentials, type TCredentialRefusal, type TSignInMethod } from "./check-credentials";
import { clock } from "@/lib/clock";

/** `remaining`: attempts left before the lockout, from the third failure on (sign-in-attempts.ts). */
export type TSignInResult = { ok: true; sessionId: string; userId: string } | (TCredentialRefusal & { remaining?: number });

/**
 * Checks a password (after the throttles, which throw THROTTLED) and opens a server-side session. Failures are recorded
 * (and committed), so this returns refusals instead of throwing them.
 */
export async function signIn(
  input: { login: string; password: string; method: TSignInMethod },
  context: TRequestContext,
): Promise<TSignInResult> {
  const env = getEnv();
  await guardSignIn(input.login, context.ip);
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<TSignInResult> => {
    const check = await checkCredentials(tx, input, context);
    if (!check.ok) return check;
    const [session] = await tx
      .insert(sessions)
      .values({
        userId: check.user.id,
        expiresAt: new Date(clock.nowMs() + env.SESSION_MAX_HOURS * 3_600_000),
        ip: context.ip,
        userAgent: context.userAgent?.slice(0, 500) ?? null,
      })
      .returning({ id: sessions.id });
    await check.audit("auth.sign_in", { sessionId: session!.id });
    return { ok: true, sessionId: session!.id, userId: check.user.id };
  });
  if (result.ok) {
    await forgetFailures(input.login, context.ip);
    return result;
  }
  await countSignInFailure(context.ip);
  // pending/disabled are told only with the right password: no failure to count.
  if (result.reason !== "invalid") return result;
  const remaining = await remainingAfterFailure(input.login, context.ip);
  return remaining === undefined ? result : { ...result, remaining };
}
