"use client";

import { AlertTriangle } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button-variants";

/** A page that failed to render (often the database): say so plainly and offer to retry. */
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="mx-auto mt-16 grid max-w-md justify-items-center gap-3 text-center">
      <AlertTriangle className="size-10 text-muted-foreground" aria-hidden />
      <h1 className="text-lg font-semibold">{t("errorTitle")}</h1>
      <p className="text-sm text-muted-foreground">{t("generic")}</p>
      <button type="button" className={buttonVariants()} onClick={reset}>
        {t("retry")}
      </button>
    </div>
  );
}
