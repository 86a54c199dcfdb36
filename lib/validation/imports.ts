import { GOAL_KINDS, type TGoalKind } from "@/lib/domain/codes";
import { ZIndicatorCodes } from "./indicator-codes";
import { requiredText, ZId, ZOptionalId, text } from "./common";
import { IMPORT_CHOICES, IMPORT_FILE_MAX_BYTES, IMPORT_MAX_DEPTH, IMPORT_MAX_NODES, IMPORT_MAX_TASKS, IMPORT_TEXT_MAX, NOTE_MAX, TITLE_MAX } from "./limits";
import { ZOptionalDate } from "./tasks";
import { z } from "./zod";

export { IMPORT_CHOICES, IMPORT_FILE_MAX_BYTES, IMPORT_MAX_DEPTH, IMPORT_MAX_NODES, IMPORT_MAX_TASKS, IMPORT_TEXT_MAX };
import type { TImportChoice } from "./limits";
export type { TImportChoice };

// Document import (docs/product.md, "Document import"): the text to parse, and the
// reviewed tree that becomes a plan, its goals and draft tasks.


export const ZParsePlanTextSchema = z
  .object({
    text: text()
      .max(IMPORT_TEXT_MAX)
      .refine((text) => text.trim().length > 0, { error: "required" }),
    year: z
      .union([z.literal(""), z.coerce.number().int().min(2000).max(2100)])
      .nullish()
      .transform((v) => (v === "" || v === undefined ? null : v)),
  })
  .strict();
export type TParsePlanTextInput = z.input<typeof ZParsePlanTextSchema>;


const ZImportIndicator = z
  .object({
    name: requiredText(100),
    unit: text().trim().max(20).default(""),
    value: z.number().finite().min(-1e12).max(1e12),
  })
  .strict();

const ZLines = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([from, to]) => from <= to, { error: "invalid" })
  .nullish()
  .transform((v) => v ?? null);

export type TImportNode = {
  kind: TGoalKind;
  code: string;
  title: string;
  body: string;
  lines: [number, number] | null;
  choice: TImportChoice;
  leadDepartmentId: string | null;
  coLeadDepartmentIds: string[];
  cooperatingDepartmentIds: string[];
  dueDate: string | null;
  indicators: { name: string; unit: string; value: number }[];
  indicatorCodes: string[];
  children: TImportNode[];
};

export type TImportNodeInput = {
  kind: TGoalKind;
  code?: string | undefined;
  title: string;
  body?: string | undefined;
  lines?: [number, number] | null | undefined;
  choice: TImportChoice;
  leadDepartmentId?: string | null | undefined;
  coLeadDepartmentIds?: string[] | undefined;
  cooperatingDepartmentIds?: string[] | undefined;
  dueDate?: string | null | undefined;
  indicators?: { name: string; unit?: string | undefined; value: number }[] | undefined;
  indicatorCodes?: string[] | undefined;
  children?: TImportNodeInput[] | undefined;
};

/**
 * One schema per level, the deepest accepting no children: the depth is
 * bounded while parsing, so a hostile, deeply nested body cannot exhaust the
 * stack before any limit is checked.
 */
function nodeSchema(levelsBelow: number): z.ZodType<TImportNode, TImportNodeInput> {
  const children: z.ZodType<TImportNode[], TImportNodeInput[]> =
    levelsBelow > 0 ? z.array(nodeSchema(levelsBelow - 1)).max(IMPORT_MAX_NODES) : z.array(z.never()).max(0);
  return z
    .object({
      kind: z.enum(GOAL_KINDS),
      code: text().trim().max(20).default(""),
      title: text().trim().max(TITLE_MAX),
      body: text().trim().max(NOTE_MAX).default(""),
      lines: ZLines,
      choice: z.enum(IMPORT_CHOICES),
      leadDepartmentId: ZOptionalId,
      coLeadDepartmentIds: z.array(ZId).max(20).default([]),
      cooperatingDepartmentIds: z.array(ZId).max(50).default([]),
      dueDate: ZOptionalDate,
      indicators: z.array(ZImportIndicator).max(50).default([]),
      indicatorCodes: ZIndicatorCodes,
      children: children.default([]),
    })
    .strict()
    .refine((node) => node.choice === "goal" || node.title !== "", { path: ["title"], error: "required" })
    .refine((node) => !node.leadDepartmentId || !node.cooperatingDepartmentIds.includes(node.leadDepartmentId), {
      path: ["cooperatingDepartmentIds"],
      error: "leadAlsoCooperating",
    });
}

export const ZImportNodeSchema = nodeSchema(IMPORT_MAX_DEPTH - 1);

export const ZImportPlanSchema = z
  .object({
    title: requiredText(TITLE_MAX),
    year: z.coerce.number().int().min(2000).max(2100),
    /** The document as parsed: line numbers of the nodes refer to it. */
    sourceText: text().max(IMPORT_TEXT_MAX).default(""),
    nodes: z.array(ZImportNodeSchema).min(1).max(IMPORT_MAX_NODES),
  })
  .strict();
export type TImportPlanInput = z.input<typeof ZImportPlanSchema>;
export type TImportPlan = z.output<typeof ZImportPlanSchema>;
