/** A next-intl translator (`getTranslations()` or `useTranslations(ns)`), or a stand-in in tests. */
export type TTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/**
 * The one way a message key becomes text. A key with a dot names its own
 * namespace ("importErrors.tooManyNodes"), so an area keeps its messages in
 * its own file; other keys live under `namespace` ("" when the translator is
 * already scoped). A validation key may carry its number ("tooLong:200" → {n}).
 * An unknown key reads as `fallback` (the key itself unless told), never as a crash.
 */
export function messageText(
  t: TTranslator | undefined,
  namespace: string,
  message: string,
  options: { params?: Record<string, string | number> | undefined; fallback?: string | undefined } = {},
): string {
  const [key = message, n] = message.split(":");
  const path = key.includes(".") || !namespace ? key : `${namespace}.${key}`;
  const values = n === undefined ? options.params : { n, ...options.params };
  return t?.has(path) ? t(path, values) : (options.fallback ?? message);
}
