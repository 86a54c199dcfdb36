import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { sessions } from "@/db/schema";

/** Ends every open session of a user (disable, password change, role change). */
export async function revokeUserSessions(tx: Tx, userId: string): Promise<number> {
  const revoked = await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return revoked.length;
}
