import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { TActionResult } from "./action-result";

export { fieldErrorsOf } from "@/lib/validation/field-errors";

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
