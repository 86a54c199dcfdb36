import type { Tx } from "@/db";
import { apiTokens } from "@/db/schema";
import { hashTokenSecret, newTokenSecret } from "./token-secret";

/** Stores a new token for a user inside the caller's transaction; the secret is returned once and never stored. */
export async function insertApiToken(tx: Tx, input: { userId: string; name: string; expiresAt: Date }) {
  const token = newTokenSecret();
  const [row] = await tx
    .insert(apiTokens)
    .values({ userId: input.userId, name: input.name, tokenHash: hashTokenSecret(token), expiresAt: input.expiresAt })
    .returning({ id: apiTokens.id, expiresAt: apiTokens.expiresAt });
  return { token, id: row!.id, expiresAt: row!.expiresAt };
}
