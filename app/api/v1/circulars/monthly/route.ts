import { monthlyCircularEndpoint } from "@/lib/api/endpoints/reports";
import { toApiNotice } from "@/lib/api/mappers/notices";
import { apiRoute } from "@/lib/api/route";
import { draftMonthlyCircular } from "@/lib/services/notices/draft-monthly-circular";

export const POST = apiRoute(monthlyCircularEndpoint, async ({ body }, actor) => {
  const { notice, circular } = await draftMonthlyCircular(actor, body);
  return { notice: toApiNotice(notice, circular.taskIds), totals: circular.totals, ranking: circular.ranking };
});
