"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TReviewCounts } from "@/lib/domain/plan-review/import-input";
import { translateValidationMessage } from "@/lib/validation/translate";
import { ReviewCounts } from "./review-counts";

/** The plan's title and year above the tree, the counts, and a warning when the year moved after parsing. */
export function ReviewPlanCard({ title, year, parsedYear, datedFromDocument, counts, unparsed, errorOf, onTitle, onYear }: {
  title: string;
  year: string;
  parsedYear: number | null;
  datedFromDocument: boolean;
  counts: TReviewCounts;
  unparsed: number;
  errorOf: (field: "title" | "year") => string | undefined;
  onTitle: (value: string) => void;
  onYear: (value: string) => void;
}) {
  const t = useTranslations("planImport");
  const tv = useTranslations("validation");
  const id = useId();
  const fieldError = (field: "title" | "year") => {
    const message = errorOf(field);
    return message ? <p role="alert" className="text-xs text-destructive">{translateValidationMessage(tv, message)}</p> : null;
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("reviewTitle")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        <div className="grid gap-3 sm:grid-cols-[1fr_8rem]">
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-title`}>{t("planTitle")}</Label>
            <Input id={`${id}-title`} value={title} onChange={(event) => onTitle(event.target.value)} aria-invalid={errorOf("title") ? true : undefined} />
            {fieldError("title")}
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-year`}>{t("planYear")}</Label>
            <Input id={`${id}-year`} type="number" inputMode="numeric" min={2000} max={2100} value={year} onChange={(event) => onYear(event.target.value)} aria-invalid={errorOf("year") ? true : undefined} />
            {fieldError("year")}
          </div>
        </div>
        {parsedYear !== null && Number(year) !== parsedYear && datedFromDocument ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("yearChanged", { parsed: parsedYear, year })}</p>
        ) : null}
        <ReviewCounts counts={counts} unparsed={unparsed} />
      </CardContent>
    </Card>
  );
}
