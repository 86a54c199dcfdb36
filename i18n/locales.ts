export const LOCALES = ["zh-CN", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "zh-CN";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function resolveLocale(value: string | undefined): TLocale {
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as TLocale) : DEFAULT_LOCALE;
}
