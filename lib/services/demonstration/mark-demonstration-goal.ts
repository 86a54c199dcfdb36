import { eq } from "drizzle-orm";
import { goals, plans } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { planCapabilities } from "@/lib/domain/capabilities/plan";
import { assertAllowed } from "@/lib/domain/capabilities/refusal";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import { updateAtVersion } from "@/lib/services/versioned-update";
import type { ZMarkDemonstrationGoalSchema } from "@/lib/validation/demonstration";
import type { z } from "@/lib/validation/zod";
import { startDemonstrationTrack } from "./start-track";

/**
 * 设为示范创建: an existing goal of a plan becomes a demonstration project of a category
 * and gets its track task with the five stages (ADR 020). At the goal's version (409 when
 * it moved on); a goal already on the track is refused, so nothing starts twice.
 */
export async function markDemonstrationGoal(actor: TActor, input: z.output<typeof ZMarkDemonstrationGoalSchema>) {
  assertAllowed(planCapabilities(actor).demonstration);
  return inTransaction(async (tx) => {
    const [found] = await tx
      .select({ track: goals.track, planStatus: plans.status })
      .from(goals)
      .innerJoin(plans, eq(plans.id, goals.planId))
      .where(eq(goals.id, input.goalId))
      .for("update", { of: goals });
    if (!found) throw new AppError("NOT_FOUND", "goalNotFound");
    if (found.planStatus === "archived") throw new AppError("RULE", "planArchived");
    if (found.track === "demonstration") throw new AppError("CONFLICT", "alreadyDemonstration");
    const goal = await updateAtVersion(tx, goals, input.goalId, input.version, { track: "demonstration", demonstrationCategory: input.category }, "goalNotFound");
    const task = await startDemonstrationTrack(tx, actor, goal, input);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "plan.demonstration_mark",
      entityType: "plan",
      entityId: goal.planId,
      data: { goalId: goal.id, title: goal.title, category: input.category, taskId: task.id, stageDueDates: input.stageDueDates },
      ip: actor.ip,
    });
    return { goal, task };
  });
}
