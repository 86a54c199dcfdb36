import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { apiTokens, sessions } from "@/db/schema";
import { clock } from "@/lib/clock";

export type TRevoked = { sessionsRevoked: number; tokensRevoked: number };
export const NOTHING_REVOKED: TRevoked = { sessionsRevoked: 0, tokensRevoked: 0 };

/**
 * Ends every open session and API token of a user (disable, password change,
 * role change): whatever proved who they were before the change proves
 * nothing after it. Returns how many of each ended, for the audit event.
 */
export async function revokeUserSessions(tx: Tx, userId: string): Promise<TRevoked> {
  const now = clock.now();
  const revoked = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  const tokens = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return { sessionsRevoked: revoked.length, tokensRevoked: tokens.length };
}
