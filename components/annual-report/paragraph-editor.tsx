"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { editReportParagraphAction } from "@/app/(app)/plans/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";

/**
 * A paragraph's text in a box with 保存, 取消 and (when rewritten) 恢复生成的文字; loaded with
 * the first 编辑, not with the report page (js budget). `onDone` leaves editing.
 */
export function ParagraphEditor({
  planId,
  paragraphId,
  text,
  generated,
  version,
  onDone,
}: {
  planId: string;
  paragraphId: string;
  text: string;
  generated: string | null;
  version: number;
  onDone: () => void;
}) {
  const t = useTranslations("report");
  const [value, setValue] = useState(text);
  const { run, failure, pending } = useActionRunner();
  const save = async (next: string) => {
    if (await run(editReportParagraphAction({ planId, paragraphId, text: next, version }))) onDone();
  };
  return (
    <span className="no-print grid gap-2 indent-0 font-sans text-sm">
      <Textarea rows={Math.min(12, Math.max(3, Math.ceil(value.length / 40)))} value={value} onChange={(e) => setValue(e.target.value)} aria-label={t("paragraphText")} />
      {generated !== null ? <span className="text-xs text-muted-foreground">{t("generatedWas", { text: generated })}</span> : null}
      <span className="flex flex-wrap gap-2">
        <Button type="button" size="sm" disabled={pending} onClick={() => save(value)}>
          {t("save")}
        </Button>
        <Button type="button" size="sm" variant="outline" disabled={pending} onClick={onDone}>
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
