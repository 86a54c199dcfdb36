import { listPlansWithCounts } from "@/db/queries/plan-overview";
import { listPlansEndpoint } from "@/lib/api/endpoints/reports";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute(listPlansEndpoint, async (_call, actor) => {
  const plans = await listPlansWithCounts(actor);
  return { items: plans.map(({ drafts: _drafts, createdAt, ...plan }) => ({ ...plan, createdAt: createdAt.toISOString() })) };
});
