import { ZParsedPlanSchema, ZPlanNodeSchema } from "@/lib/domain/plan-import/types";
import { component } from "./component";

// The parser's own schemas are the response contract (one source). The node
// is recursive: naming that very instance lets the document refer to it.
component("PlanNode", ZPlanNodeSchema);
export const ZApiParsedPlan = component("ParsedPlan", ZParsedPlanSchema);
