import { requestExtensionEndpoint } from "@/lib/api/endpoints/tasks";
import { toApiExtensionRequest } from "@/lib/api/mappers/tasks";
import { apiRoute } from "@/lib/api/route";
import { requestExtension } from "@/lib/services/tasks/request-extension";

export const POST = apiRoute(requestExtensionEndpoint, async ({ params, body }, actor) =>
  toApiExtensionRequest(await requestExtension(actor, { ...body, id: params.id })),
);
