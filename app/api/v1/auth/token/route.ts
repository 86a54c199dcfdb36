import { issueTokenEndpoint } from "@/lib/api/endpoints/general";
import { toApiMe } from "@/lib/api/mappers/people";
import { publicApiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { issueLoginToken } from "@/lib/services/auth/issue-login-token";

/**
 * Account (or phone) and password → a bearer token, through the sign-in
 * page's own credential check and lockout. Every refusal is the same 401;
 * only a lock says so (as the sign-in page does), since waiting is the remedy.
 */
export const POST = publicApiRoute(issueTokenEndpoint, async ({ body, context }) => {
  const result = await issueLoginToken(body, context);
  if (!result.ok) throw new AppError("UNAUTHENTICATED", result.reason === "locked" ? "auth.errors.locked" : "auth.errors.invalid");
  return { token: result.token, expiresAt: result.expiresAt.toISOString(), user: toApiMe({ ...result.user, account: result.user.login }) };
});
