import { getDb } from "@/db";
import type { TRequestContext } from "@/lib/domain/actor";
import type { TRole } from "@/lib/domain/codes";
import { getEnv } from "@/lib/env";
import { insertApiToken } from "@/lib/services/api-tokens/insert-api-token";
import { countSignInFailure, guardSignIn } from "./sign-in-throttle";
import { checkCredentials, type TCredentialRefusal } from "./check-credentials";
import { clock } from "@/lib/clock";

export type TLoginTokenResult =
  | {
      ok: true;
      token: string;
      expiresAt: Date;
      user: { id: string; login: string; name: string; roles: TRole[]; departmentId: string | null };
    }
  | TCredentialRefusal;

/**
 * POST /api/v1/auth/token: the sign-in page's credential check (lockout,
 * audit, reset of the failure count), answered with a bearer token instead
 * of a session. The login is an account name or a phone number.
 */
export async function issueLoginToken(input: { login: string; password: string }, context: TRequestContext): Promise<TLoginTokenResult> {
  await guardSignIn(input.login, context.ip);
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<TLoginTokenResult> => {
    const check = await checkCredentials(tx, { ...input, method: "any" }, context);
    if (!check.ok) return check;
    const { user } = check;
    const issued = await insertApiToken(tx, {
      userId: user.id,
      name: "API sign-in",
      expiresAt: new Date(clock.nowMs() + getEnv().API_TOKEN_HOURS * 3_600_000),
    });
    await check.audit("auth.token_issued", { tokenId: issued.id });
    return {
      ok: true,
      token: issued.token,
      expiresAt: issued.expiresAt,
      user: { id: user.id, login: user.account, name: user.name, roles: user.roles, departmentId: user.departmentId },
    };
  });
  if (!result.ok) await countSignInFailure(context.ip);
  return result;
}
