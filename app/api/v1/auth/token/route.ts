import { issueTokenEndpoint } from "@/lib/api/endpoints/general";
import { toApiMe } from "@/lib/api/mappers/people";
import { publicApiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { issueLoginToken } from "@/lib/services/auth/issue-login-token";

/**
 * Account (or phone) and password → a bearer token, through the sign-in
 * page's own credential check, lockout and throttles. Every refusal is the
 * same 401, a locked account too (issue 11: no account enumeration); too
 * many attempts answer 429 with Retry-After.
 */
export const POST = publicApiRoute(issueTokenEndpoint, async ({ body, context }) => {
  const result = await issueLoginToken(body, context);
  if (!result.ok) throw new AppError("UNAUTHENTICATED", "auth.errors.invalid");
  return { token: result.token, expiresAt: result.expiresAt.toISOString(), user: toApiMe({ ...result.user, account: result.user.login }) };
});
