import { departmentRanking } from "@/db/queries/cockpit/department-ranking";
import { cockpitOverview } from "@/db/queries/cockpit/overview";
import { dashboardOverviewEndpoint } from "@/lib/api/endpoints/general";
import { apiRoute } from "@/lib/api/route";
import { warningContext } from "@/lib/warning-context";

// The leader cockpit's figures; like the cockpit page, for roles that see every department.
export const GET = apiRoute(dashboardOverviewEndpoint, async (_call, actor) => {
  const context = warningContext();
  const [overview, ranking] = await Promise.all([cockpitOverview(actor, context), departmentRanking(actor, context)]);
  const { red, yellow, green, overdue, ...totals } = overview;
  return { totals, warnings: { red, yellow, green, overdue }, departments: ranking };
});
