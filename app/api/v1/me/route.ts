import { getMeEndpoint } from "@/lib/api/endpoints/general";
import { toApiMe } from "@/lib/api/mappers/people";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute(getMeEndpoint, async (_call, actor) => toApiMe(actor));
