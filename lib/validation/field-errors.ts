import type { z } from "zod";
import type { TFieldErrors } from "@/lib/errors";

/**
 * zod issues → { "field.path": ["messageKey", …] } (keys are translated where they are shown).
 * Paths come from the client's own keys ("__proto__", "constructor"): they are
 * collected in a Map and turned into own properties with Object.fromEntries,
 * never assigned onto an object whose prototype they would reach.
 */
export function fieldErrorsOf(error: z.ZodError): TFieldErrors {
  const out = new Map<string, string[]>();
  for (const issue of error.issues) {
    // An unknown field is named as its own path, so a client sees which one.
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const parts of keys) {
      const path = parts.map(String).join(".") || "_form";
      const messages = out.get(path) ?? [];
      messages.push(issue.message);
      out.set(path, messages);
    }
  }
  return Object.fromEntries(out);
}
