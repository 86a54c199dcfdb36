"use client";

import { Printer } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button-variants";

export function PrintButton() {
  const t = useTranslations("notices");
  return (
    <button type="button" className={buttonVariants()} onClick={() => window.print()}>
      <Printer aria-hidden />
      {t("print")}
    </button>
  );
}
