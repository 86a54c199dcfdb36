import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { isAppError, type TFieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { TActionResult } from "./action-result";

/** zod issues → { "field.path": ["messageKey", …] } (keys are translated by the form). */
export function fieldErrorsOf(error: z.ZodError): TFieldErrors {
  const out: TFieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form";
    (out[path] ??= []).push(issue.message);
  }
  return out;
}

export async function toActionError(error: unknown): Promise<TActionResult<never>> {
  const t = await getTranslations();
  if (isAppError(error)) {
    // A key with a dot names its own namespace ("importErrors.tooManyNodes"); others live under `errors`.
    const key = error.messageKey.includes(".") ? error.messageKey : `errors.${error.messageKey}`;
    return {
      ok: false,
      code: error.code,
      message: t.has(key) ? t(key, error.params) : t("errors.generic"),
      fieldErrors: error.fieldErrors,
    };
  }
  logger.error({ err: error }, "server action failed");
  return { ok: false, code: "INTERNAL", message: t("errors.generic") };
}
