"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { prepareCompletionAction } from "@/app/(app)/tasks/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/input";
import { formatBytes } from "@/lib/format";
import type { TPrepareCompletionInput } from "@/lib/validation/completion-drafts";
import { evidenceBlocker, NO_EVIDENCE } from "./evidence-summary";
import { EvidenceUpload } from "./evidence-upload";

type TFile = { id: string; name: string; size: number };

/**
 * 准备办结申请 (联络员): the 办结说明 and evidence the head will submit in one click. With a draft
 * open, the form starts from it: its files stay attached unless removed, new ones are added.
 */
export function PrepareCompletionForm({ taskId, version, draft }: { taskId: string; version: number; draft: { note: string; attachments: TFile[] } | null }) {
  const t = useTranslations("completionDraft");
  const tUploads = useTranslations("uploads");
  const [kept, setKept] = useState<TFile[]>(draft?.attachments ?? []);
  const [evidence, setEvidence] = useState(NO_EVIDENCE);
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/completion-drafts").then((m) => m.ZPrepareCompletionSchema)),
    defaultValues: { id: taskId, version, note: draft?.note ?? "", attachmentIds: [] } satisfies TPrepareCompletionInput,
  });
  // The page re-renders with the task's new version and remounts this form (keyed by version).
  const { onSubmit, failure, setFailure } = useActionSubmit(form, prepareCompletionAction, undefined, t("saved"));
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    const blocker = evidenceBlocker(evidence);
    if (blocker) {
      event.preventDefault();
      setFailure(tUploads(blocker === "uploading" ? "blockedUploading" : "blockedFailed"));
      return;
    }
    form.setValue("attachmentIds", [...kept.map((f) => f.id), ...evidence.ids]);
    return onSubmit(event);
  };
  return (
    <form className="grid gap-3" onSubmit={submit} noValidate aria-label={t("prepareTitle")} data-testid="prepare-completion">
      <p className="text-sm text-muted-foreground">{t("prepareHint")}</p>
      <FormField label={t("note")} error={form.formState.errors.note?.message}>
        <Textarea rows={4} maxLength={10_000} placeholder={t("notePlaceholder")} {...form.register("note")} />
      </FormField>
      {kept.length ? (
        <div className="grid gap-1 text-sm">
          <p className="text-muted-foreground">{t("keptFiles")}</p>
          <ul className="flex flex-wrap gap-2">
            {kept.map((file) => (
              <li key={file.id} className="inline-flex items-center gap-1 rounded border border-border px-2 py-0.5 text-xs">
                {file.name} · {formatBytes(file.size)}
                <button type="button" className="rounded p-0.5 hover:bg-muted" aria-label={t("removeFile", { name: file.name })} onClick={() => setKept((list) => list.filter((f) => f.id !== file.id))}>
                  <X className="size-3" aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <EvidenceUpload
        onChange={(summary) => {
          setEvidence(summary);
          if (!evidenceBlocker(summary)) setFailure(null);
        }}
      />
      <FormMessage>{failure}</FormMessage>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {draft ? t("update") : t("save")}
        </Button>
      </div>
    </form>
  );
}
