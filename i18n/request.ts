import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "./locales";
import { preparedMessages } from "./precompile";

// No locale in the URL: the choice is a cookie, zh-CN by default.
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    // Compiled once per locale for the precompiled-only formatter (next.config.js).
    messages: preparedMessages((await import(`../messages/${locale}/index.ts`)).default),
    timeZone: process.env.APP_TIMEZONE ?? "Asia/Shanghai",
  };
});
