import { text, ZId } from "./common";
import { z } from "./zod";

export const REPORT_PARAGRAPH_MAX = 5_000;

/**
 * One paragraph of the annual report rewritten by its author. An empty text
 * gives the paragraph back to the generator. `version` is the draft's version
 * the author read (0 before the first edit).
 */
export const ZReportParagraphEditSchema = z
  .object({
    planId: ZId,
    paragraphId: text().regex(/^[a-z]+(?::[\w-]{1,60}){0,2}$/, { error: "invalid" }),
    text: text().trim().max(REPORT_PARAGRAPH_MAX),
    version: z.number().int().min(0).max(2_147_483_647),
  })
  .strict();
