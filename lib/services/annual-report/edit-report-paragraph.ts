import { eq, sql } from "drizzle-orm";
import { annualReportDrafts, plans } from "@/db/schema";
import { clock } from "@/lib/clock";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import type { ZReportParagraphEditSchema } from "@/lib/validation/annual-report";
import type { z } from "@/lib/validation/zod";

/**
 * Keeps an author's rewrite of one paragraph with the plan's draft (an empty
 * text returns it to the generated one). The draft row is locked and updated
 * at the version the author read: a stale edit is refused, nothing is lost.
 * The audit event carries the new text, so every version can be read back.
 */
export async function editReportParagraph(actor: TActor, input: z.output<typeof ZReportParagraphEditSchema>) {
  assertCan(actor, "report:edit");
  return inTransaction(async (tx) => {
    const [plan] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.id, input.planId));
    if (!plan) throw new AppError("NOT_FOUND", "notFound");
    const [draft] = await tx.select().from(annualReportDrafts).where(eq(annualReportDrafts.planId, plan.id)).for("update");
    if ((draft?.version ?? 0) !== input.version) throw new AppError("CONFLICT", "staleVersion");
    const edits = { ...(draft?.edits ?? {}) };
    if (input.text) edits[input.paragraphId] = input.text;
    else delete edits[input.paragraphId];
    const now = clock.now();
    const [saved] = draft
      ? await tx
          .update(annualReportDrafts)
          .set({ edits, version: sql`${annualReportDrafts.version} + 1`, updatedBy: actor.id, updatedAt: now })
          .where(eq(annualReportDrafts.planId, plan.id))
          .returning()
      : await tx.insert(annualReportDrafts).values({ planId: plan.id, edits, version: 1, updatedBy: actor.id, createdAt: now, updatedAt: now }).returning();
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "plan.report_edit",
      entityType: "plan",
      entityId: plan.id,
      data: { paragraphId: input.paragraphId, text: input.text || null, version: saved!.version },
      ip: actor.ip,
    });
    return saved!;
  });
}
