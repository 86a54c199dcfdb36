import { listFrameworksWithIndicators } from "@/db/queries/indicators/frameworks";
import { listIndicatorFrameworksEndpoint } from "@/lib/api/endpoints/indicators";
import { apiFramework } from "@/lib/api/mappers/indicators";
import { apiRoute } from "@/lib/api/route";

// Frameworks are public within the platform: every signed-in user tags or reads by them.
export const GET = apiRoute(listIndicatorFrameworksEndpoint, async () => {
  const frameworks = await listFrameworksWithIndicators();
  return { items: frameworks.map((f) => apiFramework(f, f.indicators)) };
});
