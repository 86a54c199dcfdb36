"use client";

import { Flag } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useRef, useState } from "react";
import type { TDepartmentOption } from "@/components/forms/department-select";
import { buttonVariants } from "@/components/ui/button-variants";
import type { TGoalOption } from "./demonstration-goal-dialog";

// The dialog (its form, schema and resolver) loads on the first press, not with the plan page (js budget).
// React.lazy rather than next/dynamic, whose loader was ~3 kB gzip of the page's first load.
const DemonstrationGoalDialog = lazy(() => import("./demonstration-goal-dialog").then((m) => ({ default: m.DemonstrationGoalDialog })));

/** 新建示范创建项目: opens the dialog; focus comes back here when it closes. */
export function DemonstrationGoalButton(props: { planId: string; goals: TGoalOption[]; departments: TDepartmentOption[] }) {
  const t = useTranslations("demonstration");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={button} className={buttonVariants({ variant: "outline" })} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Flag aria-hidden />
        {t("create")}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <DemonstrationGoalDialog
            {...props}
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
