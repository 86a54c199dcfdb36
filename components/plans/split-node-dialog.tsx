"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * Splits a node's body in two at the cursor: the text after it becomes a new
 * node below (its first sentence the title). Arrow keys place the cursor, so
 * this works without a mouse.
 */
export function SplitNodeDialog({ title, body, onSplit, onClose }: { title: string; body: string; onSplit: (body: string, at: number) => void; onClose: () => void }) {
  const t = useTranslations("planImport");
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(body);
  const [failure, setFailure] = useState<string | null>(null);
  const split = () => {
    const at = area.current?.selectionStart ?? 0;
    if (text.slice(0, at).trim() === "" || text.slice(at).trim() === "") {
      setFailure(t("splitNeedsBoth"));
      return;
    }
    onSplit(text, at);
    onClose();
  };
  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent title={t("splitTitle", { title })} description={t("splitDescription")} closeLabel={t("close")} className="max-w-2xl">
        <div className="grid gap-3">
          <Label htmlFor={id}>{t("splitBody")}</Label>
          <Textarea id={id} ref={area} rows={10} value={text} onChange={(event) => setText(event.target.value)} aria-describedby={failure ? `${id}-failure` : undefined} />
          {failure ? (
            <p id={`${id}-failure`} role="alert" className="text-xs text-destructive">
              {failure}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="outline" onClick={onClose}>
              {t("cancel")}
            </Button>
            <Button type="button" onClick={split}>
              {t("splitConfirm")}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
