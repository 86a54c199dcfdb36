import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { messageText } from "@/lib/messages";
import type { TActionResult } from "./action-result";

export { fieldErrorsOf } from "@/lib/validation/field-errors";

export async function toActionError(error: unknown): Promise<TActionResult<never>> {
  const t = await getTranslations();
  if (isAppError(error)) {
    return {
      ok: false,
      code: error.code,
      message: messageText(t, "errors", error.messageKey, { params: error.params, fallback: t("errors.generic") }),
      fieldErrors: error.fieldErrors,
    };
  }
  logger.error({ err: error }, "server action failed");
  return { ok: false, code: "INTERNAL", message: t("errors.generic") };
}
