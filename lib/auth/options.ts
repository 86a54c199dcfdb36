import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv, requireAuthSecret } from "@/lib/env";
import { signIn } from "@/lib/services/auth/sign-in";
import { signOut } from "@/lib/services/auth/sign-out";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { ZSignInSchema } from "@/lib/validation/auth";
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
    sid?: string;
  }
}

/** Thrown to the sign-in form as `error`: the form maps it to a message. */
export const SIGN_IN_ERRORS = ["invalid", "pending", "disabled", "unavailable", "throttled"] as const;

export function buildAuthOptions(): NextAuthOptions {
  const env = getEnv();
  return {
    secret: requireAuthSecret(),
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
          if (!result.ok) throw new Error(result.reason);
          // The token carries the session id only; the rest is read from the database per request.
          return { id: result.userId, sid: result.sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.sid) return { sid: user.sid, sub: user.id };
        return { sid: token.sid, sub: token.sub };
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

let cached: NextAuthOptions | undefined;
export function getAuthOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}
