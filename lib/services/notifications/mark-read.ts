import { and, eq, inArray, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import { clock } from "@/lib/clock";

/** Marks the actor's own notifications read (all of them when no ids are given); others' rows are never touched. */
export async function markNotificationsRead(actor: TActor, ids: string[] | null) {
  return inTransaction(async (tx) => {
    const mine = and(eq(notifications.userId, actor.id), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined);
    const marked = await tx.update(notifications).set({ readAt: clock.now() }).where(mine).returning({ id: notifications.id });
    if (marked.length > 0) {
      await appendAuditEvent(tx, { actorId: actor.id, action: "notification.read", entityType: "user", entityId: actor.id, data: { count: marked.length }, ip: actor.ip });
    }
    return { marked: marked.length };
  });
}
