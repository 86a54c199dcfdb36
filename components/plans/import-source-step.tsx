"use client";

import { FileText, LoaderCircle, Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { type DragEvent, useId, useRef, useState } from "react";
import { parsePlanTextAction } from "@/app/(app)/plans/actions";
import { Button } from "@/components/ui/button";
import { ReasonedButton } from "@/components/ui/reasoned-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TParsedPlan } from "@/lib/domain/plan-import";
import { formatBytes } from "@/lib/format";
import { cx } from "@/lib/class-names";
import { IMPORT_FILE_MAX_BYTES, IMPORT_TEXT_MAX } from "@/lib/validation/limits";
import { translateValidationMessage } from "@/lib/validation/translate";

export type TParseResult = { plan: TParsedPlan; year: number | null };

type TFileState = { name: string; status: "reading" } | { name: string; status: "read"; size: number } | { name: string; status: "failed"; message: string };

/** Step 1: the document's text, pasted or read from a .txt/.docx/.pdf file, and the plan year for relative dates. */
export function ImportSourceStep({
  text,
  year,
  onTextChange,
  onYearChange,
  onParsed,
}: {
  text: string;
  year: string;
  onTextChange: (text: string) => void;
  onYearChange: (year: string) => void;
  onParsed: (result: TParseResult) => void;
}) {
  const t = useTranslations("planImport");
  const tw = useTranslations("whyDisabled");
  const tv = useTranslations("validation");
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [file, setFile] = useState<TFileState | null>(null);
  const [dragging, setDragging] = useState(false);

  async function readFile(chosen: File) {
    setFailure(null);
    if (chosen.size > IMPORT_FILE_MAX_BYTES) {
      setFile({ name: chosen.name, status: "failed", message: t("fileTooLarge", { maxMb: IMPORT_FILE_MAX_BYTES / 1024 / 1024 }) });
      return;
    }
    setFile({ name: chosen.name, status: "reading" });
    const form = new FormData();
    form.append("file", chosen);
    try {
      const response = await fetch("/api/imports/extract", { method: "POST", body: form });
      const body: unknown = await response.json().catch(() => null);
      if (response.ok && isTextBody(body)) {
        onTextChange(body.text);
        setFile({ name: chosen.name, status: "read", size: chosen.size });
      } else {
        setFile({ name: chosen.name, status: "failed", message: detailOf(body) ?? t("fileFailed") });
      }
    } catch {
      setFile({ name: chosen.name, status: "failed", message: t("fileFailed") });
    }
  }

  async function parse() {
    setPending(true);
    setFailure(null);
    try {
      const result = await parsePlanTextAction({ text, year });
      if (result.ok) onParsed(result.data);
      else {
        const fieldMessage = result.fieldErrors?.text?.[0] ?? result.fieldErrors?.year?.[0];
        setFailure(fieldMessage ? translateValidationMessage(tv, fieldMessage) : result.message);
      }
    } catch {
      setFailure(t("parseFailed"));
    } finally {
      setPending(false);
    }
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) void readFile(dropped);
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("sourceTitle")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        <p className="text-sm text-muted-foreground">{t("sourceHint")}</p>
        <div
          className={cx("grid gap-1.5 rounded-md", dragging && "ring-2 ring-ring ring-offset-2")}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <Label htmlFor={`${id}-text`}>{t("text")}</Label>
          <Textarea
            id={`${id}-text`}
            rows={14}
            value={text}
            maxLength={IMPORT_TEXT_MAX}
            onChange={(event) => onTextChange(event.target.value)}
            placeholder={t("textPlaceholder")}
            className="font-mono text-xs sm:text-sm"
          />
          <p className="text-xs text-muted-foreground">{t("textLength", { n: text.length })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <input
            ref={fileInput}
            type="file"
            className="sr-only"
            tabIndex={-1}
            aria-hidden
            accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = "";
              if (chosen) void readFile(chosen);
            }}
          />
          <Button type="button" variant="outline" onClick={() => fileInput.current?.click()} disabled={file?.status === "reading"}>
            <Upload aria-hidden />
            {t("upload")}
          </Button>
          <span className="text-xs text-muted-foreground">{t("uploadHint", { maxMb: IMPORT_FILE_MAX_BYTES / 1024 / 1024 })}</span>
        </div>
        <div aria-live="polite">
          {file?.status === "reading" ? (
            <p className="flex items-center gap-1.5 text-sm">
              <LoaderCircle className="size-4 animate-spin" aria-hidden />
              {t("fileReading", { name: file.name })}
            </p>
          ) : file?.status === "read" ? (
            <p className="flex items-center gap-1.5 text-sm text-green-800">
              <FileText className="size-4" aria-hidden />
              {t("fileRead", { name: file.name, size: formatBytes(file.size) })}
            </p>
          ) : file?.status === "failed" ? (
            <FormMessage>{`${file.name}：${file.message}`}</FormMessage>
          ) : null}
        </div>
        <div className="grid max-w-xs gap-1.5">
          <Label htmlFor={`${id}-year`}>{t("year")}</Label>
          <Input
            id={`${id}-year`}
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            value={year}
            onChange={(event) => onYearChange(event.target.value)}
            placeholder={t("yearPlaceholder")}
          />
          <p className="text-xs text-muted-foreground">{t("yearHint")}</p>
        </div>
        <FormMessage>{failure}</FormMessage>
        <div>
          <ReasonedButton type="button" onClick={parse} disabled={pending} why={text.trim() === "" ? tw("pasteFirst") : null} aria-busy={pending}>
            {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
            {pending ? t("parsing") : t("parse")}
          </ReasonedButton>
        </div>
      </CardContent>
    </Card>
  );
}

function isTextBody(body: unknown): body is { text: string } {
  return typeof body === "object" && body !== null && "text" in body && typeof body.text === "string";
}

function detailOf(body: unknown): string | null {
  return typeof body === "object" && body !== null && "detail" in body && typeof body.detail === "string" ? body.detail : null;
}
