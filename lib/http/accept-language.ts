import { DEFAULT_LOCALE, type TLocale } from "@/i18n/locales";

/**
 * The API's language from Accept-Language (RFC 9110 quality values): the
 * first supported language in order of preference, Chinese otherwise.
 * "en-US" counts as en, "zh"/"zh-Hans" as zh-CN.
 */
export function localeFromAcceptLanguage(header: string | null): TLocale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    if (primary === "en") return "en";
    if (primary === "zh") return "zh-CN";
  }
  return DEFAULT_LOCALE;
}

