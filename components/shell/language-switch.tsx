import { getLocale, getTranslations } from "next-intl/server";
import { LanguageButtons } from "./language-buttons";

/**
 * 中文 / English. Translated here on the server: the buttons are a small client island that
 * needs neither next-intl's provider nor its message formatter.
 */
export async function LanguageSwitch({ className }: { className?: string }) {
  const [t, locale] = await Promise.all([getTranslations("shell"), getLocale()]);
  return <LanguageButtons label={t("language")} locale={locale} className={className} />;
}
