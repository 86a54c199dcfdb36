import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { signOut } from "@/lib/services/auth/sign-out";
import { requestOrigin } from "@/lib/http/request-address";
import { buildAuthOptions } from "./options";
import { requestContextFrom } from "./request-context";

// next-auth's session cookie, plain or __Secure- named, and its chunks (".0", ".1") when large.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * Signs this request's session out on the server — the session row revoked and audited as
 * next-auth's own sign-out does (lib/services/auth/sign-out.ts), its cookie cleared — so the
 * shell's sign-out button is a plain form posting a server action and the pages do not ship
 * next-auth's client (8.4 kB gzip each) for it.
 */
export async function endCurrentSession(): Promise<void> {
  const requestHeaders = await headers();
  const origin = requestOrigin(requestHeaders);
  const session = await getServerSession(buildAuthOptions(origin));
  if (session?.sid) await signOut(session.sid, requestContextFrom(requestHeaders).ip);
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (SESSION_COOKIE.test(name)) {
      jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") || origin.startsWith("https://") });
    }
  }
}
