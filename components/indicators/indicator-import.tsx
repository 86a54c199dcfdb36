"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { importIndicatorsAction } from "@/app/(app)/admin/indicators/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";

type TRow = { row: number; code: string; name: string; level: number; parentCode: string | null };
type TPreview =
  | { ok: true; version: number; rows: TRow[]; added: string[]; updated: string[]; unchanged: string[] }
  | { ok: false; issues: { row: number | null; column: string | null; message: string }[] };

/** 从 Excel 导入: upload → preview (errors by row, nothing written) → confirm. */
export function IndicatorImport({ frameworkId }: { frameworkId: string }) {
  const t = useTranslations("indicators");
  const { run, failure, pending } = useActionRunner();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<TPreview | null>(null);
  const [loading, setLoading] = useState(false);
  async function loadPreview() {
    if (!file) return;
    setLoading(true);
    try {
      const form = new FormData();
      form.set("file", file);
      const response = await fetch(`/api/indicator-frameworks/${frameworkId}/import-preview`, { method: "POST", body: form });
      const body = await response.json();
      setPreview(response.ok ? (body as TPreview) : { ok: false, issues: [{ row: null, column: null, message: String(body.detail ?? body.title ?? response.status) }] });
    } finally {
      setLoading(false);
    }
  }
  return (
    <section className="grid gap-2 rounded-md border border-border bg-background p-3" aria-labelledby="indicator-import">
      <h2 id="indicator-import" className="text-sm font-medium">
        {t("import")}
      </h2>
      <p className="text-xs text-muted-foreground">{t("importHint")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t("chooseFile")}
          className="min-w-0 text-sm"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setPreview(null);
          }}
        />
        <Button type="button" variant="outline" disabled={!file || loading} onClick={loadPreview}>
          {t("preview")}
        </Button>
      </div>
      {preview && !preview.ok ? (
        <div role="alert" className="text-sm text-destructive">
          <p>{t("importFailed", { n: preview.issues.length })}</p>
          <ul className="list-disc pl-5">
            {preview.issues.map((issue, i) => (
              <li key={i}>
                {issue.row ? `${t("row", { row: issue.row })}${issue.column ? `（${issue.column}）` : ""}：` : ""}
                {issue.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview?.ok ? (
        <div className="grid gap-2 text-sm">
          <p data-testid="import-summary">{t("previewSummary", { added: preview.added.length, updated: preview.updated.length, unchanged: preview.unchanged.length })}</p>
          <ul className="max-h-60 overflow-auto rounded border border-border p-2 text-xs">
            {preview.rows.map((r) => (
              <li key={r.code} style={{ paddingLeft: `${(r.level - 1) * 12}px` }}>
                <span className="num text-muted-foreground">{r.code}</span> {r.name}
              </li>
            ))}
          </ul>
          <div>
            <Button
              type="button"
              disabled={pending}
              onClick={() =>
                void run(
                  importIndicatorsAction({ frameworkId, version: preview.version, rows: preview.rows }),
                  t("imported", { added: preview.added.length, updated: preview.updated.length }),
                ).then((ok) => ok && setPreview(null))
              }
            >
              {t("confirmImport")}
            </Button>
          </div>
        </div>
      ) : null}
      {failure ? (
        <p role="alert" className="text-sm text-destructive">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
