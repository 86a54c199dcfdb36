import { rolloverEndpoint } from "@/lib/api/endpoints/reports";
import { apiRoute } from "@/lib/api/route";
import { rolloverPlan } from "@/lib/services/plans/rollover-plan";

export const POST = apiRoute(rolloverEndpoint, async ({ params, body }, actor) => {
  const result = await rolloverPlan(actor, { ...body, planId: params.id });
  return {
    plan: result.plan ? { id: result.plan.id, year: result.plan.year, title: result.plan.title, status: result.plan.status } : null,
    target: result.target,
    carried: result.carried.map((c) => ({
      fromTaskId: c.id,
      taskId: c.successorId,
      title: c.title,
      status: c.status,
      version: c.version,
      leadDepartment: c.leadDepartment,
      progress: c.progress,
      dueDate: c.dueDate,
      newDueDate: c.newDueDate,
    })),
    skipped: result.skipped.map((s) => ({ fromTaskId: s.fromTaskId, reason: s.reason, taskId: s.successorId })),
  };
});
