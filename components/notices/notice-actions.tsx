"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { closeNoticeAction, sendBackNoticeAction, signNoticeAction } from "@/app/(app)/notices/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { ReasonedButton } from "@/components/ui/reasoned-button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/input";
import type { TNoticeAction } from "@/lib/domain/notice-rules";

/** 签收, 办结 and 退回 as the rules allow this user now. */
export function NoticeActions({ id, version, actions }: { id: string; version: number; actions: TNoticeAction[] }) {
  const t = useTranslations("noticeActions");
  const tw = useTranslations("whyDisabled");
  const tc = useTranslations("common");
  const { run, failure, pending } = useActionRunner();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  return (
    <div className="grid gap-2" data-testid="notice-actions">
      <div className="flex flex-wrap gap-2">
        {actions.includes("sign") ? (
          <Button disabled={pending} onClick={() => run(signNoticeAction({ id, version }), t("signed"))}>
            {t("sign")}
          </Button>
        ) : null}
        {actions.includes("close") ? (
          <ConfirmDialog
            trigger={<Button disabled={pending}>{t("close")}</Button>}
            title={t("closeTitle")}
            description={t("closeDescription")}
            confirmLabel={t("close")}
            cancelLabel={tc("cancel")}
            onConfirm={() => run(closeNoticeAction({ id, version }), t("closed"))}
          />
        ) : null}
        {actions.includes("send_back") ? (
          <Dialog open={open} onOpenChange={setOpen}>
            <DialogTrigger asChild>
              <Button variant="outline" disabled={pending}>
                {t("sendBack")}
              </Button>
            </DialogTrigger>
            <DialogContent title={t("sendBackTitle")} description={t("sendBackDescription")} closeLabel={tc("close")}>
              <div className="grid gap-2">
                <Label htmlFor="send-back-reason">{t("reason")}</Label>
                <Textarea id="send-back-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
                <div className="flex justify-end gap-2">
                  <Button variant="outline" onClick={() => setOpen(false)}>
                    {tc("cancel")}
                  </Button>
                  <ReasonedButton
                    variant="destructive"
                    disabled={pending}
                    why={reason.trim() ? null : tw("reasonFirst")}
                    onClick={async () => {
                      if (await run(sendBackNoticeAction({ id, version, reason }), t("sentBack"))) setOpen(false);
                    }}
                  >
                    {t("confirmSendBack")}
                  </ReasonedButton>
                </div>
              </div>
            </DialogContent>
          </Dialog>
        ) : null}
      </div>
      <FormMessage>{failure}</FormMessage>
    </div>
  );
}
