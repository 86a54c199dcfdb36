import { z } from "@/lib/validation/zod";

/**
 * Output of `parsePlanDocument`, which is also the response body of
 * `POST /api/v1/imports/parse` (docs/product.md, "Public REST API").
 * Types are inferred from these schemas so the API contract has one source.
 */

export const ZPlanNodeKindSchema = z.enum(["section", "group", "item", "measure", "problem"]);
export type TPlanNodeKind = z.infer<typeof ZPlanNodeKindSchema>;

/** 1-based line numbers of the original text, `from <= to`. */
export const ZLineRangeSchema = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([from, to]) => from <= to, { message: "from must not exceed to" });
export type TLineRange = z.infer<typeof ZLineRangeSchema>;

/**
 * A department named by the document. `sourceName` is the document's own spelling ("县司法局");
 * `name` is the matched department's name, or the source name when nothing matched (`id` null).
 * `suggestion` is a department of the same kind under another organisation or level ("区司法局"
 * for "县司法局"): never assigned silently, only offered for a person to confirm.
 */
export const ZDepartmentRefSchema = z.object({
  id: z.string().nullable(),
  name: z.string(),
  sourceName: z.string(),
  suggestion: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type TDepartmentRef = z.infer<typeof ZDepartmentRefSchema>;

/** A candidate indicator (指标) such as 办结率 100 %. */
export const ZIndicatorSchema = z.object({
  name: z.string(),
  value: z.number(),
  unit: z.string(),
  /** The source snippet the indicator was read from, for review. */
  text: z.string(),
});
export type TIndicator = z.infer<typeof ZIndicatorSchema>;

export const ZPlanNodeSchema = z.object({
  kind: ZPlanNodeKindSchema,
  /** The marker as written: "一、", "(五)", "1.", "①", "一是"; "" for groups. */
  code: z.string(),
  title: z.string(),
  body: z.string(),
  lines: ZLineRangeSchema,
  indicators: z.array(ZIndicatorSchema),
  /** The first of `leadDepartments`; kept for clients written before several leads were read. */
  leadDepartment: ZDepartmentRefSchema.nullable(),
  /** Every lead unit (共同牵头: "牵头单位：A、B", "A、B按职责分工负责"); the first leads the task. */
  leadDepartments: z.array(ZDepartmentRefSchema),
  cooperatingDepartments: z.array(ZDepartmentRefSchema),
  dueDate: z.iso.date().nullable(),
  get children() {
    return z.array(ZPlanNodeSchema);
  },
});
export type TPlanNode = z.infer<typeof ZPlanNodeSchema>;

export const ZUnparsedLineSchema = z.object({
  line: z.number().int().positive(),
  text: z.string(),
});
export type TUnparsedLine = z.infer<typeof ZUnparsedLineSchema>;

export const ZParsedPlanSchema = z.object({
  title: z.string(),
  preamble: z.string(),
  nodes: z.array(ZPlanNodeSchema),
  unparsed: z.array(ZUnparsedLineSchema),
  /** The signature date, YYYY-MM-DD. */
  date: z.iso.date().nullable(),
});
export type TParsedPlan = z.infer<typeof ZParsedPlanSchema>;

/** A department the document's names are matched against. */
export const ZKnownDepartmentSchema = z.object({
  id: z.string(),
  name: z.string().min(1),
});
export type TKnownDepartment = z.infer<typeof ZKnownDepartmentSchema>;

export const ZParsePlanOptionsSchema = z.object({
  departments: z.array(ZKnownDepartmentSchema).optional(),
  /** The plan year for relative due dates (6月底 → that year's 06-30). */
  year: z.number().int().min(1900).max(2200).optional(),
});
export type TParsePlanOptions = z.infer<typeof ZParsePlanOptionsSchema>;

/**
 * Request body of `POST /api/v1/imports/parse`. The text is not trimmed: line numbers in the
 * response refer to the text exactly as sent.
 */
export const ZParsePlanRequestSchema = z.object({
  text: z
    .string()
    .max(1_000_000)
    .refine((text) => text.trim().length > 0, { message: "text must not be blank" }),
});
export type TParsePlanRequest = z.infer<typeof ZParsePlanRequestSchema>;
