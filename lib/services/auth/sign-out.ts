import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { sessions } from "@/db/schema";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { clock } from "@/lib/clock";

export async function signOut(sessionId: string, ip: string | null = null): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [session] = await tx
      .update(sessions)
      .set({ revokedAt: clock.now() })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
      .returning({ userId: sessions.userId });
    if (!session) return;
    await appendAuditEvent(tx, {
      actorId: session.userId,
      action: "auth.sign_out",
      entityType: "user",
      entityId: session.userId,
      data: { sessionId },
      ip,
    });
  });
}
