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
  const t = await getTranslations("errors");
  if (isAppError(error)) {
    return {
      ok: false,
      code: error.code,
      message: t.has(error.messageKey) ? t(error.messageKey, error.params) : t("generic"),
      fieldErrors: error.fieldErrors,
    };
  }
  logger.error({ err: error }, "server action failed");
  return { ok: false, code: "INTERNAL", message: t("generic") };
}
