import { and, eq, ne } from "drizzle-orm";
import { indicatorFrameworks } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { inTransaction } from "@/lib/services/transaction";
import { updateAtVersion } from "@/lib/services/versioned-update";
import type { ZFrameworkCreateSchema, ZFrameworkUpdateSchema } from "@/lib/validation/indicators";
import type { z } from "@/lib/validation/zod";

const codeTaken = () => new AppError("CONFLICT", "indicators.errors.frameworkCodeTaken", { fieldErrors: { code: ["indicators.errors.frameworkCodeTaken"] } });

/** A new, empty framework (its indicators are added on screen or imported). */
export async function createFramework(actor: TActor, input: z.output<typeof ZFrameworkCreateSchema>) {
  assertCan(actor, "indicator:manage");
  try {
    return await inTransaction(async (tx) => {
      const [framework] = await tx.insert(indicatorFrameworks).values({ ...input, sortOrder: 100 }).returning();
      await appendAuditEvent(tx, {
        actorId: actor.id,
        action: "indicator.framework_create",
        entityType: "indicator_framework",
        entityId: framework!.id,
        data: { code: input.code, name: input.name, kind: input.kind },
        ip: actor.ip,
      });
      return framework!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

/**
 * Name, kind, description and whether 考核 weights tasks by this framework.
 * At most one framework weighs the assessment: turning it on turns it off elsewhere.
 */
export async function updateFramework(actor: TActor, input: z.output<typeof ZFrameworkUpdateSchema>) {
  assertCan(actor, "indicator:manage");
  const { id, version, ...changes } = input;
  return inTransaction(async (tx) => {
    const [before] = await tx.select().from(indicatorFrameworks).where(eq(indicatorFrameworks.id, id)).for("update");
    if (!before) throw new AppError("NOT_FOUND", "indicators.errors.frameworkNotFound");
    const after = await updateAtVersion(tx, indicatorFrameworks, id, version, changes, "indicators.errors.frameworkNotFound");
    if (changes.useInAssessment) {
      await tx
        .update(indicatorFrameworks)
        .set({ useInAssessment: false })
        .where(and(ne(indicatorFrameworks.id, id), eq(indicatorFrameworks.useInAssessment, true)));
    }
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "indicator.framework_update",
      entityType: "indicator_framework",
      entityId: id,
      data: {
        before: { name: before.name, kind: before.kind, description: before.description, useInAssessment: before.useInAssessment },
        after: changes,
      },
      ip: actor.ip,
    });
    return after;
  });
}
