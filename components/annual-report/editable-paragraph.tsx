"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";

// The editor (its box, buttons and the save action's runner) loads with the first 编辑 (js budget).
const ParagraphEditor = lazy(() => import("./paragraph-editor").then((m) => ({ default: m.ParagraphEditor })));

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
  if (!editing) {
    return (
      <>
        {text}
        <span className="no-print ml-1 inline-flex gap-1 indent-0 align-middle font-sans text-[10pt]">
          {generated !== null ? <span className="rounded bg-sky-100 px-1 text-sky-900">{t("edited")}</span> : null}
          <button type="button" className="text-primary hover:underline" onClick={() => setEditing(true)} aria-label={t("editParagraph")}>
            {t("edit")}
          </button>
        </span>
      </>
    );
  }
  return (
    <Suspense fallback={text}>
      <ParagraphEditor planId={planId} paragraphId={paragraphId} text={text} generated={generated} version={version} onDone={() => setEditing(false)} />
    </Suspense>
  );
}
