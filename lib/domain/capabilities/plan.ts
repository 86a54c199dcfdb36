import { can } from "@/lib/domain/permissions";
import type { TScopedActor } from "@/lib/domain/scope";
import { firstRefusal, refuse, type TCapability } from "./refusal";

export type TPlanCapability = "rollover";

/**
 * What one may do to a plan as a whole. 年度结转 moves every department's work, so it
 * belongs to those who plan (supervisor, admin); the plan page renders this and the
 * rollover service asserts it.
 */
export function planCapabilities(actor: TScopedActor): Record<TPlanCapability, TCapability> {
  return {
    rollover: firstRefusal(!can(actor, "plan:rollover") && refuse("FORBIDDEN", "forbidden")),
  };
}
