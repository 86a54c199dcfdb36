"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useRef, useState } from "react";
import { buttonVariants } from "@/components/ui/button-variants";

// The dialog (its form, schema and resolver) loads on the first press, not with the page (js budget).
// React.lazy rather than next/dynamic, whose loader was ~3 kB gzip of the page's first load.
const CreateFrameworkDialog = lazy(() => import("./create-framework-dialog").then((m) => ({ default: m.CreateFrameworkDialog })));

/** 新建指标体系: opens the dialog; focus comes back here when it closes. */
export function CreateFrameworkButton() {
  const t = useTranslations("indicators");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={button} className={`${buttonVariants()} justify-self-start`} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Plus aria-hidden />
        {t("newFramework")}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <CreateFrameworkDialog
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
