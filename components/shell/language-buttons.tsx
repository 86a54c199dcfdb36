"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";

const BUTTON = "rounded px-2 py-1 hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

/**
 * Sets the locale cookie and re-renders; no page reload, no URL change. The refresh renders
 * the server parent again, which passes the new `locale`. `className` sets the display
 * (default `flex`): no class merging on the client.
 */
export function LanguageButtons({ label, locale, className = "flex" }: { label: string; locale: string; className?: string | undefined }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className={`items-center gap-1 text-xs ${className}`} role="group" aria-label={label}>
      {LOCALES.map((value) => (
        <button
          key={value}
          type="button"
          disabled={pending}
          aria-pressed={value === locale}
          className={`${BUTTON} ${value === locale ? "font-semibold" : "text-muted-foreground"}`}
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
