/** Turns a validation message ("tooLong:200") into text with a translator for the `validation` namespace. */
export function translateValidationMessage(
  t: (key: string, values?: Record<string, string | number>) => string,
  message: string | undefined,
): string {
  if (!message) return t("invalid");
  const [key, n] = message.split(":");
  try {
    return t(key!, { n: n ?? "" });
  } catch {
    return message;
  }
}
