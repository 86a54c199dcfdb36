/** Document import (docs/product.md, "Document import"): text of a plan or report → goal tree. */
export { guessPlanYear, parsePlanDocument } from "./parse-plan";
export { parseDateLine } from "./dates";
export {
  ZDepartmentRefSchema,
  ZIndicatorSchema,
  ZKnownDepartmentSchema,
  ZLineRangeSchema,
  ZParsePlanOptionsSchema,
  ZParsePlanRequestSchema,
  ZParsedPlanSchema,
  ZPlanNodeKindSchema,
  ZPlanNodeSchema,
  ZUnparsedLineSchema,
} from "./types";
export type {
  TDepartmentRef,
  TIndicator,
  TKnownDepartment,
  TLineRange,
  TParsePlanOptions,
  TParsePlanRequest,
  TParsedPlan,
  TPlanNode,
  TPlanNodeKind,
  TUnparsedLine,
} from "./types";
