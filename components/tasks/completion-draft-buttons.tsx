"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { discardCompletionAction, submitPreparedAction } from "@/app/(app)/tasks/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ReasonedButton } from "@/components/ui/reasoned-button";

/**
 * The head's 一键提交 (no dialog: it is 申请办结 of a draft already read on the card; `why` says
 * what stops it now) and 退回, or an officer's 撤回: asked first, as the draft is closed for good.
 */
export function CompletionDraftButtons({ taskId, version, mode, submitWhy }: { taskId: string; version: number; mode: "head" | "officer"; submitWhy: string | null }) {
  const t = useTranslations("completionDraft");
  const tc = useTranslations("common");
  const { run, failure, pending } = useActionRunner();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const discard = async () => {
    if (await run(discardCompletionAction({ id: taskId, version, reason }), t(mode === "head" ? "returned" : "withdrawn"))) setOpen(false);
  };
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        {mode === "head" ? (
          <ReasonedButton why={submitWhy} disabled={pending} data-testid="submit-prepared" onClick={() => void run(submitPreparedAction({ id: taskId, version }), t("submitted"))}>
            {t("submit")}
          </ReasonedButton>
        ) : null}
        <Dialog open={open} onOpenChange={setOpen}>
          <DialogTrigger asChild>
            <Button variant="outline" data-testid="discard-prepared">
              {t(mode === "head" ? "return" : "withdraw")}
            </Button>
          </DialogTrigger>
          <DialogContent title={t(mode === "head" ? "returnTitle" : "withdrawTitle")} description={t(mode === "head" ? "returnDescription" : "withdrawDescription")} closeLabel={tc("close")}>
            <div className="grid gap-3">
              {mode === "head" ? (
                <div className="grid gap-1.5">
                  <Label htmlFor="discard-reason">{t("reason")}</Label>
                  <Textarea id="discard-reason" rows={3} maxLength={10_000} value={reason} onChange={(e) => setReason(e.target.value)} />
                </div>
              ) : null}
              <FormMessage>{open ? failure : null}</FormMessage>
              <div className="flex justify-end gap-2">
                <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                  {tc("cancel")}
                </Button>
                <Button type="button" variant="destructive" disabled={pending} onClick={discard}>
                  {t(mode === "head" ? "return" : "withdraw")}
                </Button>
              </div>
            </div>
          </DialogContent>
        </Dialog>
      </div>
      {!open ? <FormMessage>{failure}</FormMessage> : null}
    </div>
  );
}
