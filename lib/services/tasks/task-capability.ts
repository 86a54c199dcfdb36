import { loadedTaskCapabilities, type TLoadedTask } from "@/db/queries/tasks/load-task";
import { todayIn } from "@/lib/domain/calendar";
import { assertAllowed } from "@/lib/domain/capabilities/refusal";
import { TASK_CAPABILITY_ROLES, type TTaskCapability } from "@/lib/domain/capabilities/task";
import type { TScopedActor } from "@/lib/domain/scope";
import { getEnv } from "@/lib/env";
import { forbidden } from "@/lib/errors";
import { clock } from "@/lib/clock";

/** Refuses (in the words the page would show) unless the actor may take this action on the task now. */
export function assertTaskCapability(actor: TScopedActor, loaded: TLoadedTask, capability: TTaskCapability, now = clock.now()): void {
  assertAllowed(loadedTaskCapabilities(actor, loaded, todayIn(getEnv().APP_TIMEZONE, now))[capability]);
}

/** Before loading: a role that may never take the action is refused without revealing whether the task exists. */
export function assertTaskRole(actor: TScopedActor, capability: keyof typeof TASK_CAPABILITY_ROLES): void {
  if (!TASK_CAPABILITY_ROLES[capability](actor)) throw forbidden();
}
