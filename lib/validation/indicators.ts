import { INDICATOR_FRAMEWORK_KINDS } from "@/lib/domain/codes";
import { INDICATOR_CODE_PATTERN } from "@/lib/domain/indicators/tree";
import { requiredText, text, ZId, ZVersion } from "./common";
import { z } from "./zod";

// Codes are letters, digits (and CJK), `.`, `-`, `_`: never `:`, which joins FRAMEWORK:CODE (ADR 015).
export const ZIndicatorCode = text().trim().regex(INDICATOR_CODE_PATTERN, { error: "indicators.errors.codeFormat" });
export const ZFrameworkCode = ZIndicatorCode;

export const ZFrameworkCreateSchema = z
  .object({
    code: ZFrameworkCode,
    name: requiredText(200),
    kind: z.enum(INDICATOR_FRAMEWORK_KINDS),
    description: text().trim().max(2000).default(""),
  })
  .strict();
export type TFrameworkCreateInput = z.input<typeof ZFrameworkCreateSchema>;

export const ZFrameworkUpdateSchema = ZFrameworkCreateSchema.omit({ code: true })
  .extend({ id: ZId, version: ZVersion, useInAssessment: z.boolean() })
  .strict();
export type TFrameworkUpdateInput = z.input<typeof ZFrameworkUpdateSchema>;

const ZParentId = z.union([ZId, z.literal(""), z.null()]).transform((v) => (v ? v : null));

export const ZIndicatorCreateSchema = z
  .object({ frameworkId: ZId, frameworkVersion: ZVersion, code: ZIndicatorCode, name: requiredText(500), parentId: ZParentId })
  .strict();
export type TIndicatorCreateInput = z.input<typeof ZIndicatorCreateSchema>;

export const ZIndicatorUpdateSchema = z.object({ id: ZId, version: ZVersion, code: ZIndicatorCode, name: requiredText(500) }).strict();
export type TIndicatorUpdateInput = z.input<typeof ZIndicatorUpdateSchema>;

export const ZIndicatorMoveSchema = z
  .object({ id: ZId, version: ZVersion, parentId: ZParentId, sortOrder: z.coerce.number().int().min(0).max(100_000).optional() })
  .strict();
export type TIndicatorMoveInput = z.input<typeof ZIndicatorMoveSchema>;

export const ZIndicatorDeleteSchema = z.object({ id: ZId, version: ZVersion }).strict();

/** A weight for 考核: empty means none (the nearest ancestor's weight, else 1, applies). */
export const ZIndicatorWeightSchema = z
  .object({
    id: ZId,
    version: ZVersion,
    weight: z
      .union([z.literal(""), z.null(), z.coerce.number().min(0).max(100)])
      .transform((v) => (v === "" || v === null ? null : v)),
  })
  .strict();
export type TIndicatorWeightInput = z.input<typeof ZIndicatorWeightSchema>;

/** One row of an indicator sheet: code, name, level, parent code (empty for a root). */
export const ZIndicatorRowSchema = z
  .object({
    row: z.number().int().min(1).optional(),
    code: ZIndicatorCode,
    name: requiredText(500),
    level: z.coerce.number({ error: "indicators.errors.levelFormat" }).int({ error: "indicators.errors.levelFormat" }).min(1, { error: "indicators.errors.levelFormat" }).max(6, { error: "indicators.errors.levelFormat" }),
    parentCode: z.union([ZIndicatorCode, z.literal(""), z.null()]).transform((v) => (v ? v : null)),
  })
  .strict();
export type TIndicatorRowInput = z.output<typeof ZIndicatorRowSchema>;

export const IMPORT_INDICATOR_MAX_ROWS = 2000;

export const ZIndicatorImportSchema = z
  .object({ frameworkId: ZId, version: ZVersion, rows: z.array(ZIndicatorRowSchema).min(1).max(IMPORT_INDICATOR_MAX_ROWS) })
  .strict();
export type TIndicatorImportInput = z.input<typeof ZIndicatorImportSchema>;
