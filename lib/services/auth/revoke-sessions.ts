import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { apiTokens, sessions } from "@/db/schema";

/**
 * Ends every open session and API token of a user (disable, password change,
 * role change): whatever proved who they were before the change proves
 * nothing after it. Returns how many sessions and tokens ended.
 */
export async function revokeUserSessions(tx: Tx, userId: string): Promise<number> {
  const now = new Date();
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
  return revoked.length + tokens.length;
}
