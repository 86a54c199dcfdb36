"use client";

import { useTranslations } from "next-intl";
import type { TReviewCounts } from "@/lib/domain/plan-review/import-input";

/** How many nodes of each level the tree holds, and what the import will create. */
export function ReviewCounts({ counts, unparsed }: { counts: TReviewCounts; unparsed: number }) {
  const t = useTranslations("planImport");
  const tk = useTranslations("plans");
  const levels = [
    ["section", counts.section],
    ["group", counts.group],
    ["item", counts.item],
    ["measure", counts.measure],
    ["problem", counts.problem],
  ] as const;
  return (
    <div className="grid gap-2" data-testid="review-counts">
      <dl className="grid grid-cols-3 gap-2 sm:grid-cols-6">
        {levels.map(([kind, n]) => (
          <div key={kind} className="rounded-md border border-border px-2 py-1.5" data-count={kind}>
            <dt className="text-xs text-muted-foreground">{tk(`kinds.${kind}`)}</dt>
            <dd className="text-base font-semibold tabular-nums">{n}</dd>
          </div>
        ))}
        <div className={unparsed > 0 ? "rounded-md border border-amber-300 bg-amber-50 px-2 py-1.5" : "rounded-md border border-border px-2 py-1.5"} data-count="unparsed">
          <dt className="text-xs text-muted-foreground">{t("unparsedCount")}</dt>
          <dd className="text-base font-semibold tabular-nums">{unparsed}</dd>
        </div>
      </dl>
      <p className="text-sm" aria-live="polite" data-testid="review-outcome">
        {t("outcome", { tasks: counts.tasks, problems: counts.problems, goals: counts.total, goalsOnly: counts.goalsOnly })}
      </p>
    </div>
  );
}
