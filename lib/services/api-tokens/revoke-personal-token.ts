import { and, eq, isNull } from "drizzle-orm";
import { apiTokens } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { notFound } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import type { ZRevokeApiTokenSchema } from "@/lib/validation/api-tokens";
import type { z } from "@/lib/validation/zod";
import { clock } from "@/lib/clock";

/** Revokes one of the actor's own tokens; someone else's token is not found. Revoking twice is harmless. */
export async function revokePersonalToken(actor: TActor, input: z.output<typeof ZRevokeApiTokenSchema>) {
  assertCan(actor, "token:manage_own");
  return inTransaction(async (tx) => {
    const [token] = await tx
      .select({ id: apiTokens.id, revokedAt: apiTokens.revokedAt })
      .from(apiTokens)
      .where(and(eq(apiTokens.id, input.id), eq(apiTokens.userId, actor.id)))
      .for("update");
    if (!token) throw notFound();
    if (token.revokedAt) return;
    await tx.update(apiTokens).set({ revokedAt: clock.now() }).where(and(eq(apiTokens.id, token.id), isNull(apiTokens.revokedAt)));
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "token.revoke",
      entityType: "api_token",
      entityId: token.id,
      data: {},
      ip: actor.ip,
    });
  });
}
