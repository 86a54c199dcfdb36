"use client";

import { CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { buttonVariants } from "@/components/ui/button-variants";
import { Card, CardContent } from "@/components/ui/card";
import type { TImportDone } from "./import-review-step";

/** Step 3 done: what was created, and where to go next. */
export function ImportSummary({ done, onAgain }: { done: TImportDone; onAgain: () => void }) {
  const t = useTranslations("planImport");
  return (
    <Card>
      <CardContent className="grid gap-3">
        <div role="status" className="flex items-start gap-2">
          <CircleCheck className="mt-0.5 size-5 shrink-0 text-green-700" aria-hidden />
          <div className="grid gap-1">
            <p className="font-semibold">{t("doneTitle")}</p>
            <p className="text-sm" data-testid="import-summary">
              {t("doneSummary", { title: done.title, goals: done.goals, tasks: done.tasks, problems: done.problems })}
            </p>
            <p className="text-sm text-muted-foreground">{t("doneHint")}</p>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link className={buttonVariants()} href={`/plans/${done.planId}`}>{t("openPlan")}</Link>
          <Link className={buttonVariants({ variant: "outline" })} href="/tasks?status=draft&sort=created">{t("openDrafts")}</Link>
          <Button type="button" variant="ghost" onClick={onAgain}>
            {t("again")}
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
