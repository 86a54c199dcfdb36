import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { TFieldErrors } from "@/lib/errors";

/** Puts the server's field errors beside the fields (the message stays a key, translated by FormField). */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors?: TFieldErrors): boolean {
  if (!fieldErrors) return false;
  let applied = false;
  for (const [field, messages] of Object.entries(fieldErrors)) {
    if (field === "_form" || !messages[0]) continue;
    setError(field as Path<T>, { type: "server", message: messages[0] });
    applied = true;
  }
  return applied;
}
