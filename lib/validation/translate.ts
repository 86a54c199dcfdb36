import { messageText, type TTranslator } from "@/lib/messages";

/** Turns a validation message ("tooLong:200") into text with a translator for the `validation` namespace. */
export function translateValidationMessage(t: TTranslator, message: string | undefined): string {
  return message ? messageText(t, "", message) : t("invalid");
}
