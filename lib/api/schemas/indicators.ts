import { INDICATOR_FRAMEWORK_KINDS } from "@/lib/domain/codes";
import { z } from "@/lib/validation/zod";
import { ZApiId } from "./common";
import { component } from "./component";

const ZApiIndicator = component(
  "Indicator",
  z
    .object({
      code: z.string().meta({ description: "Unique within its framework; outside it, named FRAMEWORK:CODE" }),
      name: z.string(),
      level: z.number().int().min(1),
      parentCode: z.string().nullable(),
      weight: z.number().nullable().meta({ description: "考核 weight; null inherits the parent's (1 when none)" }),
    })
    .strict(),
);

export const ZApiIndicatorFramework = component(
  "IndicatorFramework",
  z
    .object({
      id: ZApiId,
      code: z.string(),
      name: z.string(),
      kind: z.enum(INDICATOR_FRAMEWORK_KINDS),
      description: z.string(),
      useInAssessment: z.boolean(),
      version: z.number().int(),
      indicators: z.array(ZApiIndicator).meta({ description: "Parents before children, siblings in order" }),
    })
    .strict(),
);

export const ZApiIndicatorFrameworkList = component("IndicatorFrameworkList", z.object({ items: z.array(ZApiIndicatorFramework) }).strict());
