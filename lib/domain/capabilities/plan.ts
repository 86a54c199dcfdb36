import { can } from "@/lib/domain/permissions";
import type { TScopedActor } from "@/lib/domain/scope";
import { firstRefusal, refuse, type TCapability } from "./refusal";

export type TPlanCapability = "rollover" | "demonstration";

/**
 * What one may do to a plan as a whole. 年度结转 moves every department's work, so it
 * belongs to those who plan (supervisor, admin); the plan page renders this and the
 * rollover service asserts it.
 */
export function planCapabilities(actor: TScopedActor): Record<TPlanCapability, TCapability> {
  return {
    rollover: firstRefusal(!can(actor, "plan:rollover") && refuse("FORBIDDEN", "forbidden")),
    // 示范创建 (ADR 020): a demonstration goal and its track task are plan work, like an import.
    demonstration: firstRefusal(!(can(actor, "plan:import") && can(actor, "task:create")) && refuse("FORBIDDEN", "forbidden")),
  };
}
