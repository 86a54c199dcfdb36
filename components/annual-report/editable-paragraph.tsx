"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { editReportParagraphAction } from "@/app/(app)/plans/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";

type TProps = {
  planId: string;
  paragraphId: string;
  text: string;
  /** The generated text, when the author has rewritten this paragraph. */
  generated: string | null;
  version: number;
};

/** One paragraph of the draft that its author may rewrite in place; saved with the draft (versioned, audited). */
export function EditableParagraph({ planId, paragraphId, text, generated, version }: TProps) {
  const t = useTranslations("report");
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(text);
  const { run, failure, pending } = useActionRunner();
  const save = async (next: string) => {
    if (await run(editReportParagraphAction({ planId, paragraphId, text: next, version }))) setEditing(false);
  };
  if (!editing) {
    return (
      <>
        {text}
        <span className="no-print ml-1 inline-flex gap-1 indent-0 align-middle font-sans text-[10pt]">
          {generated !== null ? <span className="rounded bg-sky-100 px-1 text-sky-900">{t("edited")}</span> : null}
          <button type="button" className="text-primary hover:underline" onClick={() => (setValue(text), setEditing(true))} aria-label={t("editParagraph")}>
            {t("edit")}
          </button>
        </span>
      </>
    );
  }
  return (
    <span className="no-print grid gap-2 indent-0 font-sans text-sm">
      <Textarea rows={Math.min(12, Math.max(3, Math.ceil(value.length / 40)))} value={value} onChange={(e) => setValue(e.target.value)} aria-label={t("paragraphText")} />
      {generated !== null ? <span className="text-xs text-muted-foreground">{t("generatedWas", { text: generated })}</span> : null}
      <span className="flex flex-wrap gap-2">
        <Button type="button" size="sm" disabled={pending} onClick={() => save(value)}>
          {t("save")}
        </Button>
        <Button type="button" size="sm" variant="outline" disabled={pending} onClick={() => setEditing(false)}>
          {t("cancel")}
        </Button>
        {generated !== null ? (
          <Button type="button" size="sm" variant="outline" disabled={pending} onClick={() => save("")}>
            {t("restore")}
          </Button>
        ) : null}
      </span>
      {failure ? <span role="alert" className="text-destructive">{failure}</span> : null}
    </span>
  );
}
