"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";
import { cn } from "@/lib/utils";

/** Sets the locale cookie and re-renders; no page reload, no URL change. */
export function LanguageSwitch({ className }: { className?: string }) {
  const t = useTranslations("shell");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className={cn("flex items-center gap-1 text-xs", className)} role="group" aria-label={t("language")}>
      {LOCALES.map((value) => (
        <button
          key={value}
          type="button"
          disabled={pending}
          aria-pressed={value === locale}
          className={cn(
            "rounded px-2 py-1 hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            value === locale ? "font-semibold" : "text-muted-foreground",
          )}
          onClick={() => {
            document.cookie = `${LOCALE_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
            startTransition(() => router.refresh());
          }}
        >
          {value === "zh-CN" ? "中文" : "English"}
        </button>
      ))}
    </div>
  );
}
