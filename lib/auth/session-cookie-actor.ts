import { decode } from "next-auth/jwt";
import type { TActor } from "@/lib/domain/actor";
import { requireAuthSecret } from "@/lib/env";
import { loadSessionActor } from "@/lib/services/auth/load-session-actor";

// next-auth v4's session cookie names (the __Secure- one on https); a large
// token is split into name.0, name.1, … chunks, joined in order.
const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function cookiesOf(request: Request): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    try {
      jar.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      // A malformed cookie value is ignored, as if it were absent.
    }
  }
  return jar;
}

/** The session cookie's token, or null when the request carries none. */
export function sessionCookieToken(request: Request): string | null {
  const jar = cookiesOf(request);
  for (const name of COOKIE_NAMES) {
    if (jar.has(name)) return jar.get(name)!;
    const chunks = [...jar.keys()]
      .filter((key) => key.startsWith(`${name}.`) && /^\d+$/.test(key.slice(name.length + 1)))
      .sort((a, b) => Number(a.slice(name.length + 1)) - Number(b.slice(name.length + 1)));
    if (chunks.length) return chunks.map((key) => jar.get(key)).join("");
  }
  return null;
}

/**
 * The actor of a request signed in through the web UI, read from a Request
 * (route handlers, tests) the way getActor reads it from next/headers: the
 * JWT only names a session, which is checked in the database.
 */
export async function actorFromSessionCookie(request: Request): Promise<TActor | null> {
  const token = sessionCookieToken(request);
  if (!token) return null;
  const payload = await decode({ token, secret: requireAuthSecret() }).catch(() => null);
  const sid = typeof payload?.sid === "string" ? payload.sid : null;
  if (!sid) return null;
  return loadSessionActor(sid);
}
