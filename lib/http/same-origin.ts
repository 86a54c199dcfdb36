import { requestOrigin } from "./request-address";

/**
 * CSRF defence for cookie-authenticated writes: browsers send Origin on every
 * cross-origin POST (and on fetch), so a present Origin other than the one
 * the browser reached this server at (lib/http/request-address.ts: APP_URL,
 * or the request's Host as a trusted proxy reports it) marks a request
 * another site made with the user's cookies. A missing Origin comes from
 * non-browser clients, which carry no cookies of the user's; "null"
 * (sandboxed frames) is refused too.
 */
export function isCrossOriginRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  return origin !== requestOrigin(request.headers);
}
