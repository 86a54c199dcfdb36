"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TCatalogueIndicator } from "@/lib/domain/indicator-tags/codes";
import { ImportReviewStep, type TImportDone } from "./import-review-step";
import { ImportSourceStep, type TParseResult } from "./import-source-step";
import { ImportSummary } from "./import-summary";

const STEPS = ["source", "review", "done"] as const;

/** 导入工作方案: paste or upload → review the tree → create the plan, its goals and draft tasks. */
export function PlanImportWizard({ departments, currentYear, catalogue }: {
  departments: { id: string; name: string }[];
  currentYear: number;
  /** Every framework's indicators, to suggest tags from the text (only accepted ones are saved). */
  catalogue: readonly TCatalogueIndicator[];
}) {
  const t = useTranslations("planImport");
  const [text, setText] = useState("");
  const [year, setYear] = useState("");
  const [parsed, setParsed] = useState<TParseResult | null>(null);
  const [parseCount, setParseCount] = useState(0);
  const [done, setDone] = useState<TImportDone | null>(null);
  const step = done ? "done" : parsed ? "review" : "source";
  return (
    <div className="grid gap-3">
      <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("steps")}>
        {STEPS.map((key, index) => (
          <li key={key} aria-current={step === key ? "step" : undefined} className={step === key ? "font-semibold text-foreground" : "text-muted-foreground"}>
            {t(`step.${key}`, { n: index + 1 })}
          </li>
        ))}
      </ol>
      {done ? (
        <ImportSummary
          done={done}
          onAgain={() => {
            setDone(null);
            setParsed(null);
            setText("");
            setYear("");
          }}
        />
      ) : parsed ? (
        <ImportReviewStep
          key={parseCount}
          parsed={parsed}
          sourceText={text}
          currentYear={currentYear}
          departments={departments}
          catalogue={catalogue}
          onBack={() => setParsed(null)}
          onDone={setDone}
        />
      ) : (
        <ImportSourceStep
          text={text}
          year={year}
          onTextChange={setText}
          onYearChange={setYear}
          onParsed={(result) => {
            setParsed(result);
            setParseCount((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}
