import type { z } from "zod";
import type { TFieldErrors } from "@/lib/errors";

/** zod issues → { "field.path": ["messageKey", …] } (keys are translated where they are shown). */
export function fieldErrorsOf(error: z.ZodError): TFieldErrors {
  const out: TFieldErrors = {};
  for (const issue of error.issues) {
    // An unknown field is named as its own path, so a client sees which one.
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const parts of keys) {
      const path = parts.join(".") || "_form";
      (out[path] ??= []).push(issue.message);
    }
  }
  return out;
}
