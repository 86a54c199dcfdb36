import { INDICATOR_CODE_MAX, INDICATOR_CODES_MAX, normalizeCode } from "@/lib/domain/indicator-tags/codes";
import { text, ZId, ZVersion } from "./common";
import { z } from "./zod";

/**
 * Indicator tags as written ("1211:A2", or "A2" when one framework has it):
 * checked for shape here, resolved against the frameworks in the service
 * (an unknown or ambiguous code is refused there, naming it).
 */
export const ZIndicatorCode = text()
  .transform(normalizeCode)
  .pipe(text().min(1).max(INDICATOR_CODE_MAX))
  .meta({ description: "An indicator code, qualified by its framework's code (1211:A2); a bare code is accepted when only one framework uses it", example: "1211:A2" });

export const ZIndicatorCodes = z
  .array(ZIndicatorCode)
  .max(INDICATOR_CODES_MAX)
  .default([])
  .meta({ description: "Indicator tags (qualified codes); answered qualified, in framework order" });

export const ZTaskTagsSchema = z
  .object({ id: ZId, version: ZVersion, indicatorCodes: z.array(ZIndicatorCode).max(INDICATOR_CODES_MAX) })
  .strict();
export type TTaskTagsInput = z.output<typeof ZTaskTagsSchema>;
