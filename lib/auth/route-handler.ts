import NextAuth from "next-auth";
import { requestOrigin, sameOriginUrl } from "@/lib/http/request-address";
import { buildAuthOptions } from "./options";
import { withThrottleStatus } from "./throttled-response";

type TContext = { params: Promise<{ nextauth: string[] }> };
type THandler = (request: Request, context: TContext) => Promise<Response>;

/**
 * next-auth builds its redirects on one base URL (NEXTAUTH_URL, or
 * http://localhost:3000); the app answers at whatever address the browser
 * used. Its Location header and the `{ url }` it answers fetches with are
 * moved onto the request's origin, so that signing in or out at 127.0.0.1 or
 * behind a proxy stays there.
 */
async function onRequestOrigin(response: Response, origin: string): Promise<Response> {
  const location = response.headers.get("location");
  if (location) {
    const headers = new Headers(response.headers);
    headers.set("location", sameOriginUrl(pathOf(location), origin));
    return new Response(response.body, { status: response.status, headers });
  }
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const body = (await response.clone().json().catch(() => null)) as Record<string, unknown> | null;
  if (typeof body?.url !== "string") return response;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  const moved = { ...body, url: sameOriginUrl(pathOf(body.url), origin) };
  return new Response(JSON.stringify(moved), { status: response.status, headers });
}

/** The path, query and fragment of a URL next-auth made on its own base. */
function pathOf(url: string): string {
  try {
    const parsed = new URL(url, "http://base.invalid");
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return "/";
  }
}

/** The /api/auth/* route: next-auth with this request's options, answering on its origin. */
export const authRouteHandler: THandler = async (request, context) => {
  const origin = requestOrigin(request.headers);
  // Options are built per request (not at import) so `next build` needs no secret.
  const handler = NextAuth(buildAuthOptions(origin)) as THandler;
  return withThrottleStatus(await onRequestOrigin(await handler(request, context), origin));
};
