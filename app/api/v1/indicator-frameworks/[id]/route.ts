import { getIndicatorFramework, listFrameworkIndicators } from "@/db/queries/indicators/frameworks";
import { getIndicatorFrameworkEndpoint } from "@/lib/api/endpoints/indicators";
import { apiFramework } from "@/lib/api/mappers/indicators";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors";

export const GET = apiRoute(getIndicatorFrameworkEndpoint, async ({ params }) => {
  const framework = await getIndicatorFramework(params.id);
  if (!framework) throw new AppError("NOT_FOUND", "notFound");
  return apiFramework(framework, await listFrameworkIndicators(framework.id));
});
