import { and, eq, isNull, lt } from "drizzle-orm";
import { getDb } from "@/db";
import { apiTokens, users } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { hashTokenSecret } from "./token-secret";
import { clock } from "@/lib/clock";

// last_used_at is written at most this often, as sessions' last_seen_at is.
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The actor behind a bearer token, checked against the database on every
 * request: null for an unknown, expired or revoked token and for an account
 * that is no longer active.
 */
export async function verifyApiToken(secret: string, now = clock.now()): Promise<TActor | null> {
  if (!secret || secret.length > 200) return null;
  const db = await getDb();
  // Only what the checks and the actor need (not the account's whole row) on every API call.
  const [row] = await db
    .select({
      token: { id: apiTokens.id, revokedAt: apiTokens.revokedAt, expiresAt: apiTokens.expiresAt, lastUsedAt: apiTokens.lastUsedAt },
      user: { id: users.id, account: users.account, name: users.name, roles: users.roles, departmentId: users.departmentId, status: users.status },
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, hashTokenSecret(secret)))
    .limit(1);
  if (!row || row.token.revokedAt || row.token.expiresAt.getTime() <= now.getTime() || row.user.status !== "active") return null;
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    const stale = row.token.lastUsedAt ? lt(apiTokens.lastUsedAt, now) : isNull(apiTokens.lastUsedAt);
    await db.update(apiTokens).set({ lastUsedAt: now }).where(and(eq(apiTokens.id, row.token.id), stale));
  }
  return {
    id: row.user.id,
    account: row.user.account,
    name: row.user.name,
    roles: row.user.roles,
    departmentId: row.user.departmentId,
    sessionId: null,
    ip: null,
  };
}
