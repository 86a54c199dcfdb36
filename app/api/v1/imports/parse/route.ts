import { parseImportEndpoint } from "@/lib/api/endpoints/general";
import { apiRoute } from "@/lib/api/route";
import { parsePlanText } from "@/lib/services/plans/parse-plan-text";

export const POST = apiRoute(parseImportEndpoint, async ({ body }, actor) => parsePlanText(actor, body));
