import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import type { ZCreateApiTokenSchema } from "@/lib/validation/api-tokens";
import type { z } from "@/lib/validation/zod";
import { insertApiToken } from "./insert-api-token";
import { clock } from "@/lib/clock";

const DAY_MS = 86_400_000;

/** A personal token for scripts, created in the settings page; its secret is shown once. */
export async function createPersonalToken(actor: TActor, input: z.output<typeof ZCreateApiTokenSchema>) {
  assertCan(actor, "token:manage_own");
  return inTransaction(async (tx) => {
    const issued = await insertApiToken(tx, {
      userId: actor.id,
      name: input.name,
      expiresAt: new Date(clock.nowMs() + input.expiresInDays * DAY_MS),
    });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "token.create",
      entityType: "api_token",
      entityId: issued.id,
      data: { name: input.name, expiresAt: issued.expiresAt.toISOString() },
      ip: actor.ip,
    });
    return { id: issued.id, token: issued.token, expiresAt: issued.expiresAt };
  });
}
