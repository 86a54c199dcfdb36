import { z } from "@/lib/validation/zod";
import { component } from "./component";

// Shapes shared by the API's responses (docs/product.md: dates YYYY-MM-DD, times ISO 8601 with offset).
export const ZApiDate = z.iso.date().meta({ description: "YYYY-MM-DD", example: "2026-06-30" });
export const ZApiDateTime = z.iso.datetime({ offset: true }).meta({ description: "ISO 8601 with offset", example: "2026-03-21T08:30:00.000Z" });
export const ZApiId = z.uuid();

/** The API is strict about types: a version or a percent must be a JSON number, not a numeric string. */
export const ZApiVersion = z.number().int().positive().max(2_147_483_647).meta({ description: "The version you last read; a stale one is refused with 409" });

/** {id} in a path; anything but a UUID names nothing the caller may see (404). */
export const ZIdParams = z.object({ id: ZApiId });

export const ZProblemSchema = component(
  "Problem",
  z
    .object({
      type: z.string(),
      title: z.string(),
      status: z.number().int(),
      detail: z.string(),
      errors: z.array(z.object({ path: z.string(), message: z.string() }).strict()).optional(),
    })
    .strict()
    .meta({ description: "RFC 9457 problem details (application/problem+json)" }),
);

export const iso = (value: Date) => value.toISOString();
export const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);
