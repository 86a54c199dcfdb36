"use client";

import { LoaderCircle, Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, lazy, Suspense, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { postTaskImport, type TImportOutcome, type TImportPhase } from "./post-task-import";

// What an upload came to (a table of problems, a link to the drafts) loads with the first answer (js budget).
const ImportOutcome = lazy(() => import("./task-import-outcome").then((m) => ({ default: m.ImportOutcome })));

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Uploads a filled-in workbook and shows what happened: the number of
 * drafts created with a link to them, or every problem by row and column
 * (in which case nothing was created).
 */
export function TaskImportForm() {
  const t = useTranslations("taskImport");
  const tl = useTranslations("longWork");
  const inputRef = useRef<HTMLInputElement>(null);
  const [sending, setSending] = useState(false);
  const [phase, setPhase] = useState<TImportPhase>({ uploaded: 0 });
  const [outcome, setOutcome] = useState<TImportOutcome | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = inputRef.current?.files?.[0];
    if (!file) {
      setOutcome({ kind: "error", message: t("chooseFirst") });
      return;
    }
    setSending(true);
    setPhase({ uploaded: 0 });
    setOutcome(null);
    setOutcome(await postTaskImport(file, t("networkError"), setPhase));
    setSending(false);
  }

  return (
    <div className="grid gap-4">
      <form className="grid gap-2 sm:flex sm:items-end" onSubmit={submit}>
        <label className="grid flex-1 gap-1 text-sm">
          {t("fileLabel")}
          <Input ref={inputRef} type="file" name="file" accept={XLSX_ACCEPT} required disabled={sending} />
          <span className="text-xs text-muted-foreground">{t("fileHint")}</span>
        </label>
        <Button type="submit" disabled={sending} className="sm:mb-5">
          {sending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Upload aria-hidden />}
          {sending ? t("submitting") : t("submit")}
        </Button>
      </form>
      {sending ? (
        <div role="status" aria-live="polite" className="grid gap-1 text-sm text-muted-foreground">
          <progress
            className="h-2 w-full max-w-md accent-primary"
            max={100}
            aria-label={t("submitting")}
            {...("uploaded" in phase ? { value: phase.uploaded } : {})}
          />
          {"uploaded" in phase ? tl("uploading", { percent: phase.uploaded }) : tl("checking")}
        </div>
      ) : null}
      <div aria-live="polite">
        {outcome ? (
          <Suspense fallback={null}>
            <ImportOutcome outcome={outcome} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
