"use client";

import { Flag } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import type { TDepartmentOption } from "@/components/forms/department-select";
import { buttonVariants } from "@/components/ui/button-variants";
import type { TGoalOption } from "./demonstration-goal-dialog";

// The dialog (its form, schema and resolver) loads on the first press, not with the plan page (js budget).
const DemonstrationGoalDialog = dynamic(() => import("./demonstration-goal-dialog").then((m) => m.DemonstrationGoalDialog), { ssr: false });

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
        <DemonstrationGoalDialog
          {...props}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
