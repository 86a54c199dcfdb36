import { and, eq, isNull, max } from "drizzle-orm";
import { goals, plans } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { planCapabilities } from "@/lib/domain/capabilities/plan";
import { assertAllowed } from "@/lib/domain/capabilities/refusal";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import type { ZCreateDemonstrationGoalSchema } from "@/lib/validation/demonstration";
import type { z } from "@/lib/validation/zod";
import { startDemonstrationTrack } from "./start-track";

const invalid = (field: string, key: string) => new AppError("VALIDATION", "validationFailed", { fieldErrors: { [field]: [key] } });

/**
 * 新建示范创建项目: a new goal at the end of the plan (or of `parentId`'s children), a
 * demonstration project from the start, with its track task (ADR 020). The plan row is
 * locked so that two goals added at once do not take the same place.
 */
export async function createDemonstrationGoal(actor: TActor, input: z.output<typeof ZCreateDemonstrationGoalSchema>) {
  assertAllowed(planCapabilities(actor).demonstration);
  return inTransaction(async (tx) => {
    const [plan] = await tx.select({ status: plans.status }).from(plans).where(eq(plans.id, input.planId)).for("update");
    if (!plan) throw new AppError("NOT_FOUND", "planNotFound");
    if (plan.status === "archived") throw new AppError("RULE", "planArchived");
    if (input.parentId) {
      const [parent] = await tx.select({ id: goals.id }).from(goals).where(and(eq(goals.id, input.parentId), eq(goals.planId, input.planId)));
      if (!parent) throw invalid("parentId", "goalUnknown");
    }
    const [last] = await tx
      .select({ n: max(goals.sortOrder) })
      .from(goals)
      .where(and(eq(goals.planId, input.planId), input.parentId ? eq(goals.parentId, input.parentId) : isNull(goals.parentId)));
    const [goal] = await tx
      .insert(goals)
      .values({
        planId: input.planId,
        parentId: input.parentId,
        kind: "item",
        title: input.title,
        sortOrder: (last?.n ?? -1) + 1,
        track: "demonstration",
        demonstrationCategory: input.category,
      })
      .returning();
    const task = await startDemonstrationTrack(tx, actor, goal!, input);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "plan.demonstration_create",
      entityType: "plan",
      entityId: input.planId,
      data: { goalId: goal!.id, title: input.title, category: input.category, taskId: task.id, stageDueDates: input.stageDueDates },
      ip: actor.ip,
    });
    return { goal: goal!, task };
  });
}
