import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { requestOrigin } from "@/lib/http/request-address";

// Pages anyone may open: sign-in, registration, the public API reference.
const PUBLIC_PAGES = /^\/(login|register|api-docs)(\/|$)/;

/**
 * Every page request: a fresh CSP nonce (Next reads it from the request's
 * Content-Security-Policy header and puts it on its scripts), and a redirect
 * to the sign-in page for anonymous visitors of the signed-in pages. Whether
 * a session is still valid, and what the user may do, is decided on the
 * server per request. API routes and static files are not matched: they set
 * their own headers (the downloads' sandbox CSP among them).
 */
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (!PUBLIC_PAGES.test(pathname)) {
    // request.url names the server's own listening address; the browser's is the request's origin.
    const origin = requestOrigin(request.headers);
    const secureCookie = origin.startsWith("https://");
    const token = await getToken({ req: request, secureCookie, ...(process.env.AUTH_SECRET ? { secret: process.env.AUTH_SECRET } : {}) });
    if (!token) {
      const login = new URL("/login", origin);
      login.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon|icon|robots).*)"],
};
