import type { Tx } from "@/db";
import { milestones } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { DEMONSTRATION_STAGES } from "@/lib/domain/codes";
import { STAGE_TITLES } from "@/lib/domain/demonstration";
import { createTask } from "@/lib/services/tasks/create-task";
import type { TDemonstrationTrackInput } from "@/lib/validation/demonstration";

/**
 * The task a demonstration goal is worked through: a draft under the goal, led by the
 * named department, with the five stages as its milestones in order (ADR 020). It is
 * published and accepted like any task; its due date is the last stage date given.
 * Runs inside the caller's transaction (createTask joins it as a savepoint).
 */
export async function startDemonstrationTrack(tx: Tx, actor: TActor, goal: { id: string; title: string }, input: TDemonstrationTrackInput) {
  const dates = DEMONSTRATION_STAGES.map((stage) => input.stageDueDates[stage]);
  const task = await createTask(actor, {
    title: goal.title,
    description: "",
    goalId: goal.id,
    leadDepartmentId: input.leadDepartmentId,
    cooperatingDepartmentIds: [],
    ownerId: null,
    startDate: null,
    dueDate: dates.filter((d): d is string => !!d).at(-1) ?? null,
    priority: "normal",
    milestones: [],
    indicators: [],
  });
  await tx.insert(milestones).values(
    DEMONSTRATION_STAGES.map((stage, sortOrder) => ({ taskId: task.id, title: STAGE_TITLES[stage], dueDate: dates[sortOrder] ?? null, sortOrder, stage })),
  );
  return task;
}
