"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { draftResponseAction, respondNoticeAction } from "@/app/(app)/notices/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { evidenceBlocker, NO_EVIDENCE } from "@/components/tasks/evidence-summary";
import { EvidenceUpload } from "@/components/tasks/evidence-upload";
import { ReasonedButton } from "@/components/ui/reasoned-button";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/input";

/** 反馈: officers save a draft, the head edits it and sends it with evidence files. */
export function NoticeResponseForm({ id, version, draft, canRespond }: { id: string; version: number; draft: string | null; canRespond: boolean }) {
  const t = useTranslations("noticeResponse");
  const tw = useTranslations("whyDisabled");
  const tUploads = useTranslations("uploads");
  const { run, failure, pending } = useActionRunner();
  const [text, setText] = useState(draft ?? "");
  const [evidence, setEvidence] = useState(NO_EVIDENCE);
  const [blocked, setBlocked] = useState<string | null>(null);
  // The answer never goes out without a file the user chose: still uploading or refused, it waits.
  function send() {
    const blocker = evidenceBlocker(evidence);
    if (blocker) return setBlocked(tUploads(blocker === "uploading" ? "blockedUploading" : "blockedFailed"));
    setBlocked(null);
    void run(respondNoticeAction({ id, version, content: text, attachmentIds: evidence.ids }));
  }
  return (
    <div className="grid gap-3">
      <div className="grid gap-1.5">
        <Label htmlFor="notice-response">{t("label")}</Label>
        <Textarea id="notice-response" rows={6} maxLength={10_000} value={text} onChange={(e) => setText(e.target.value)} placeholder={t("placeholder")} />
      </div>
      {canRespond ? (
        <EvidenceUpload
          onChange={(summary) => {
            setEvidence(summary);
            if (!evidenceBlocker(summary)) setBlocked(null);
          }}
        />
      ) : null}
      <FormMessage>{blocked ?? failure}</FormMessage>
      <div className="flex flex-wrap gap-2">
        {canRespond ? (
          <ReasonedButton disabled={pending} why={text.trim() ? null : tw("responseFirst")} onClick={send}>
            {t("send")}
          </ReasonedButton>
        ) : null}
        <ReasonedButton variant="outline" disabled={pending} why={text.trim() ? null : tw("responseFirst")} onClick={() => run(draftResponseAction({ id, version, content: text }))}>
          {t("saveDraft")}
        </ReasonedButton>
      </div>
    </div>
  );
}
