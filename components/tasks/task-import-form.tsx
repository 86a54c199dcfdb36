"use client";

import { CircleAlert, CircleCheck, LoaderCircle, Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { type FormEvent, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import { postTaskImport, type TImportOutcome, type TImportPhase } from "./post-task-import";

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
      <div aria-live="polite">{outcome ? <ImportOutcome outcome={outcome} /> : null}</div>
    </div>
  );
}

function ImportOutcome({ outcome }: { outcome: TImportOutcome }) {
  const t = useTranslations("taskImport");
  if (outcome.kind === "created") {
    return (
      <div role="status" className="flex flex-wrap items-center gap-2 rounded-md border border-green-700/40 bg-green-50 p-3 text-sm">
        <CircleCheck aria-hidden className="size-4 text-green-700" />
        <span>{t("created", { n: outcome.created })}</span>
        <Link className="text-primary underline underline-offset-4" href="/tasks?status=draft&sort=created">
          {t("viewDrafts")}
        </Link>
      </div>
    );
  }
  return (
    <div className="grid gap-2">
      <p role="alert" className="flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm text-destructive">
        <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        {outcome.message}
      </p>
      {outcome.kind === "refused" ? (
        <Table aria-label={t("errorsTitle")}>
          <thead>
            <tr>
              <Th className="num">{t("row")}</Th>
              <Th>{t("column")}</Th>
              <Th>{t("problem")}</Th>
            </tr>
          </thead>
          <tbody className="bg-background">
            {outcome.errors.map((error, i) => (
              <tr key={`${error.path}-${i}`}>
                <Td className="num">{error.row ?? t("wholeFile")}</Td>
                <Td className="whitespace-nowrap">{error.column ?? "—"}</Td>
                <Td>{error.message}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </div>
  );
}
