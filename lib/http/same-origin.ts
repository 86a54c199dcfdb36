/**
 * CSRF defence for cookie-authenticated writes: browsers send Origin on every
 * cross-origin POST (and on fetch), so a present Origin other than this
 * server's own marks a request another site made with the user's cookies.
 * A missing Origin comes from non-browser clients, which carry no cookies of
 * the user's; "null" (sandboxed frames) is refused too.
 */
export function isCrossOriginRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  return origin !== new URL(request.url).origin;
}
