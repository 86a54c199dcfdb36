import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv, requireAuthSecret } from "@/lib/env";
import { signIn } from "@/lib/services/auth/sign-in";
import { signOut } from "@/lib/services/auth/sign-out";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { ZSignInSchema } from "@/lib/validation/auth";
import { sameOriginUrl } from "@/lib/http/request-address";
import { requestContextFrom } from "./request-context";

// Every next-auth detail lives in lib/auth, so that moving to another version
// or library touches this folder only.
declare module "next-auth" {
  interface Session {
    sid?: string;
  }
  interface User {
    sid?: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string | undefined;
  }
}

/** Thrown to the sign-in form as `error`: the form maps it to a message. */
export const SIGN_IN_ERRORS = ["invalid", "pending", "disabled", "unavailable", "throttled"] as const;

/**
 * The options for one request, reached at `origin` (lib/http/request-address.ts):
 * cookies are Secure (and __Secure-/__Host- named) when that origin is HTTPS,
 * and a callback URL is kept only when it is relative or on that origin.
 */
export function buildAuthOptions(origin: string): NextAuthOptions {
  const env = getEnv();
  return {
    secret: requireAuthSecret(),
    useSecureCookies: origin.startsWith("https://"),
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { login: {}, password: {}, method: {} },
        async authorize(credentials, req) {
          const parsed = ZSignInSchema.safeParse(credentials);
          if (!parsed.success) throw new Error("invalid");
          const result = await signIn(parsed.data, requestContextFrom(req.headers ?? {})).catch((error: unknown) => {
            // Too many attempts: "throttled:<seconds>", which the route answers as 429 with Retry-After.
            if (isAppError(error) && error.code === "THROTTLED") throw new Error(`throttled:${error.params.seconds}`);
            logger.error({ err: error }, "sign-in failed");
            throw new Error("unavailable");
          });
          // "invalid:<n>:<minutes>": a wrong password (or unknown name), n attempts left before a lockout of that many minutes.
          if (!result.ok) throw new Error(result.remaining === undefined ? result.reason : `${result.reason}:${result.remaining}:${env.LOCKOUT_MINUTES}`);
          // The token carries the session id only; the rest is read from the database per request.
          return { id: result.userId, sid: result.sessionId };
        },
      }),
    ],
    // next-auth's own base URL is not used (lib/auth/route-handler.ts rewrites its
    // redirects onto the request's origin), so its missing-NEXTAUTH_URL warning is noise.
    logger: {
      warn: (code) => {
        if (code !== "NEXTAUTH_URL") logger.warn({ code }, "next-auth warning");
      },
      error: (code, metadata) => logger.error({ code, err: metadata }, "next-auth error"),
      debug: () => {},
    },
    callbacks: {
      redirect: ({ url }) => sameOriginUrl(url, origin),
      jwt({ token, user }) {
        if (user?.sid) return { sid: user.sid, sub: user.id };
        return { sid: token.sid, ...(token.sub === undefined ? {} : { sub: token.sub }) };
      },
      session({ session, token }) {
        return { expires: session.expires, sid: token.sid };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await signOut(token.sid);
      },
    },
  };
}
