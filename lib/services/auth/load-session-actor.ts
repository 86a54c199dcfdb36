import { and, eq, isNull, lt } from "drizzle-orm";
import { getDb } from "@/db";
import { sessions, users } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { getEnv } from "@/lib/env";
import { clock } from "@/lib/clock";

// last_seen_at is written at most this often: one write per minute per user
// instead of one per request, at the cost of a minute's slack on idle expiry.
const TOUCH_INTERVAL_MS = 60_000;

export type TSessionCheck = "idle" | "expired" | "revoked" | "inactive";

export function checkSession(
  session: { createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null },
  userStatus: string,
  now: Date,
  idleMinutes: number,
): TSessionCheck | null {
  if (session.revokedAt) return "revoked";
  if (userStatus !== "active") return "inactive";
  if (session.expiresAt.getTime() <= now.getTime()) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() > idleMinutes * 60_000) return "idle";
  return null;
}

/**
 * The server-side half of every signed-in request: the cookie only names a
 * session; whether it is still good (idle 30 min, absolute 12 h, revoked,
 * account disabled) is decided here, from the database, each time.
 */
export async function loadSessionActor(sessionId: string, now = clock.now()): Promise<TActor | null> {
  const db = await getDb();
  // Only what the checks and the actor need, on every signed-in request (not the account's whole row).
  const [row] = await db
    .select({
      session: { createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt, revokedAt: sessions.revokedAt },
      user: { id: users.id, account: users.account, name: users.name, roles: users.roles, departmentId: users.departmentId, status: users.status },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId))
    .limit(1);
  if (!row) return null;
  const problem = checkSession(row.session, row.user.status, now, getEnv().SESSION_IDLE_MINUTES);
  if (problem) {
    if (problem !== "revoked") {
      await db
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
    }
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.id, sessionId), lt(sessions.lastSeenAt, now)));
  }
  return {
    id: row.user.id,
    account: row.user.account,
    name: row.user.name,
    roles: row.user.roles,
    departmentId: row.user.departmentId,
    sessionId,
    ip: null,
  };
}
