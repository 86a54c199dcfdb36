"use client";

import { CircleAlert, CircleCheck, LoaderCircle, Paperclip, X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { type ChangeEvent, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { UPLOAD_ACCEPT } from "@/lib/domain/uploads/allowed-types";
import type { TEvidenceSummary } from "./evidence-summary";
import { postEvidenceFile } from "./post-evidence-file";

type TEvidenceItem = { key: string; name: string } & (
  | { state: "uploading" }
  | { state: "done"; id: string; size: number }
  | { state: "refused"; message: string }
);

const summaryOf = (items: TEvidenceItem[]): TEvidenceSummary => ({
  ids: items.flatMap((item) => (item.state === "done" ? [item.id] : [])),
  uploading: items.filter((item) => item.state === "uploading").length,
  failed: items.filter((item) => item.state === "refused").length,
});

/**
 * Evidence files (佐证材料) for a form: each chosen file is uploaded at once,
 * its state shown beside its name (a refusal says why: size, type, network),
 * and the parent learns through onChange the ids of the uploaded ones (the
 * form sends them to be linked) and how many are still uploading or failed
 * (the form is not sent while there are any: components/tasks/evidence-summary.ts).
 * The server decides what is acceptable; `accept` only narrows the picker.
 */
export function EvidenceUpload({ onChange, disabled = false }: { onChange: (summary: TEvidenceSummary) => void; disabled?: boolean }) {
  const t = useTranslations("uploads");
  const format = useFormatter();
  const inputRef = useRef<HTMLInputElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const [items, setItems] = useState<TEvidenceItem[]>([]);
  // Uploads finish in any order; the ref is the current list they update.
  const itemsRef = useRef<TEvidenceItem[]>([]);

  function update(change: (current: TEvidenceItem[]) => TEvidenceItem[]) {
    itemsRef.current = change(itemsRef.current);
    setItems(itemsRef.current);
    onChange(summaryOf(itemsRef.current));
  }

  async function upload(key: string, file: File) {
    const result = await postEvidenceFile(file, {
      tooLarge: t("tooLarge"),
      unsupported: t("unsupported"),
      signedOut: t("signedOut"),
      status: (status) => t("failedStatus", { status }),
      network: t("failed"),
    });
    update((current) =>
      current.map((item) =>
        item.key !== key
          ? item
          : result.ok
            ? { key, name: item.name, state: "done", id: result.id, size: result.size }
            : { key, name: item.name, state: "refused", message: result.message },
      ),
    );
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = ""; // choosing the same file again must fire change again
    const added = files.map((file) => ({ key: crypto.randomUUID(), name: file.name, state: "uploading" as const }));
    update((current) => [...current, ...added]);
    added.forEach((item, i) => void upload(item.key, files[i]!));
  }

  function remove(key: string) {
    update((current) => current.filter((item) => item.key !== key));
    chooseRef.current?.focus(); // the removed row's button is gone: keep the keyboard user in place
  }

  const formatSize = (bytes: number) =>
    bytes < 1024 * 1024
      ? format.number(Math.max(bytes / 1024, 0.1), { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 })
      : format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button ref={chooseRef} type="button" variant="outline" size="sm" disabled={disabled} onClick={() => inputRef.current?.click()}>
          <Paperclip aria-hidden />
          {t("choose")}
        </Button>
        <span className="text-xs text-muted-foreground">{t("hint")}</span>
        {/* Hidden and out of the tab order: the button above is its keyboard-reachable face. */}
        <input ref={inputRef} type="file" multiple accept={UPLOAD_ACCEPT} className="hidden" tabIndex={-1} aria-hidden onChange={choose} />
      </div>
      {items.length > 0 ? (
        <ul className="grid gap-1 text-sm" aria-label={t("listLabel")} aria-live="polite">
          {items.map((item) => (
            <li key={item.key} className="flex items-start gap-2 rounded-md border border-border px-2 py-1.5">
              <EvidenceStateIcon state={item.state} />
              <div className="min-w-0 flex-1">
                <p className="truncate" title={item.name}>
                  {item.name}
                </p>
                <p className={item.state === "refused" ? "text-xs text-destructive" : "text-xs text-muted-foreground"}>
                  {item.state === "uploading" ? t("uploading") : item.state === "done" ? t("done", { size: formatSize(item.size) }) : item.message}
                </p>
              </div>
              {item.state !== "uploading" ? (
                <Button type="button" variant="ghost" size={null} className="size-7 shrink-0 text-sm" aria-label={t("remove", { name: item.name })} onClick={() => remove(item.key)}>
                  <X aria-hidden />
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The state as an icon beside its words (colour is never the only signal). */
function EvidenceStateIcon({ state }: { state: TEvidenceItem["state"] }) {
  if (state === "uploading") return <LoaderCircle aria-hidden className="mt-0.5 size-4 shrink-0 animate-spin text-muted-foreground" />;
  if (state === "done") return <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-green-700" />;
  return <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-destructive" />;
}
