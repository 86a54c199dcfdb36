import { actorFromSessionCookie, sessionCookieToken } from "@/lib/auth/session-cookie-actor";
import type { TActor } from "@/lib/domain/actor";
import { AppError } from "@/lib/errors";
import { isCrossOriginRequest } from "@/lib/http/same-origin";

/** The bearer token of an `Authorization: Bearer …` header, or null when there is none. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : "";
}

/**
 * Who is calling: a bearer token when the request has one (a script or a
 * provincial platform), else the web UI's session cookie. A cookie travels
 * with any request the browser makes, also one that another site triggers,
 * so a cookie-authenticated request from a foreign Origin is refused (CSRF).
 * A bearer token is never sent by the browser on its own: no such check.
 */
export async function authenticate(request: Request, verifyToken: (token: string) => Promise<TActor | null>): Promise<TActor> {
  const token = bearerToken(request);
  if (token !== null) {
    const actor = token ? await verifyToken(token) : null;
    if (!actor) throw new AppError("UNAUTHENTICATED", "api.invalidToken");
    return actor;
  }
  if (sessionCookieToken(request) === null) throw new AppError("UNAUTHENTICATED", "unauthenticated");
  if (isCrossOriginRequest(request)) throw new AppError("FORBIDDEN", "api.crossOrigin");
  const actor = await actorFromSessionCookie(request);
  if (!actor) throw new AppError("UNAUTHENTICATED", "unauthenticated");
  return actor;
}
