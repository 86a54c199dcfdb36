import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { apiTokens } from "@/db/schema";

/** A user's tokens, newest first, without their hashes. */
export async function listOwnApiTokens(userId: string) {
  const db = await getDb();
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt))
    .limit(200);
}
export type TApiTokenRow = Awaited<ReturnType<typeof listOwnApiTokens>>[number];
