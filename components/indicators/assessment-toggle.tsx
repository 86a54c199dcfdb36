"use client";

import { useTranslations } from "next-intl";
import { updateFrameworkAction } from "@/app/(app)/admin/indicators/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import type { TIndicatorFramework } from "@/db/schema";

/** 考核按此体系加权: one framework at a time weighs the assessment. */
export function AssessmentToggle({ framework }: { framework: TIndicatorFramework }) {
  const t = useTranslations("indicators");
  const { run, failure, pending } = useActionRunner();
  return (
    <div className="grid gap-1 text-sm">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={framework.useInAssessment}
          disabled={pending}
          onChange={(e) =>
            void run(
              updateFrameworkAction({
                id: framework.id,
                version: framework.version,
                name: framework.name,
                kind: framework.kind,
                description: framework.description,
                useInAssessment: e.target.checked,
              }),
              t("saved"),
            )
          }
        />
        {t("useInAssessment")}
      </label>
      <p className="text-xs text-muted-foreground">{t("useInAssessmentHint")}</p>
      {failure ? (
        <p role="alert" className="text-xs text-destructive">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
