import type { z } from "zod";
import type { TFieldErrors } from "@/lib/errors";

/** zod issues → { "field.path": ["messageKey", …] } (keys are translated where they are shown). */
export function fieldErrorsOf(error: z.ZodError): TFieldErrors {
  const out: TFieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form";
    (out[path] ??= []).push(issue.message);
  }
  return out;
}
