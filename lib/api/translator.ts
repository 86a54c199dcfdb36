import { createTranslator } from "next-intl";
import type { TLocale } from "@/i18n/locales";
import { preparedMessages } from "@/i18n/precompile";
import en from "@/messages/en";
import zh from "@/messages/zh-CN";
import type { TTranslator } from "@/lib/http/problem";

const MESSAGES = { "zh-CN": zh, en } as const;
const cache = new Map<TLocale, TTranslator>();

/**
 * A root translator for the API's problem details. Built from the catalogues
 * directly (not next-intl's request config, which reads the UI's locale
 * cookie): an API client states its language with Accept-Language.
 */
export function apiTranslator(locale: TLocale): TTranslator {
  let t = cache.get(locale);
  if (!t) {
    const translator = createTranslator({ locale, messages: preparedMessages(MESSAGES[locale]) as Record<string, unknown> });
    const fn = ((key: string, values?: Record<string, string | number>) => translator(key as never, values as never)) as TTranslator;
    fn.has = (key: string) => translator.has(key as never);
    t = fn;
    cache.set(locale, t);
  }
  return t;
}
