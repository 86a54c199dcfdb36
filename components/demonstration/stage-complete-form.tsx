"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { completeDemonstrationStageAction } from "@/app/(app)/tasks/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { evidenceBlocker, NO_EVIDENCE } from "@/components/tasks/evidence-summary";
import { EvidenceUpload } from "@/components/tasks/evidence-upload";
import { Button } from "@/components/ui/button";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/input";
import type { TDemonstrationStage } from "@/lib/domain/codes";
import type { TCompleteStageInput } from "@/lib/validation/demonstration";

/** Completes the current 示范创建 stage with a note and evidence files (as a progress report does). */
export function StageCompleteForm({ taskId, version, stage, stageName }: { taskId: string; version: number; stage: TDemonstrationStage; stageName: string }) {
  const t = useTranslations("demonstration");
  const tUploads = useTranslations("uploads");
  const [evidence, setEvidence] = useState(NO_EVIDENCE);
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/demonstration").then((m) => m.ZCompleteStageSchema)),
    defaultValues: { id: taskId, version, stage, note: "", attachmentIds: [] } satisfies TCompleteStageInput,
  });
  const { onSubmit, failure, setFailure } = useActionSubmit(form, completeDemonstrationStageAction, undefined, t("stageCompleted"));
  // As with a progress report: no stage is completed while a chosen file is uploading or was refused.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    const blocker = evidenceBlocker(evidence);
    if (!blocker) return onSubmit(event);
    event.preventDefault();
    setFailure(tUploads(blocker === "uploading" ? "blockedUploading" : "blockedFailed"));
  };
  return (
    <form className="grid gap-3 border-t border-border pt-3" onSubmit={submit} noValidate aria-label={t("completeStage", { stage: stageName })}>
      <FormField label={t("stageNote")} error={form.formState.errors.note?.message}>
        <Textarea rows={3} maxLength={10_000} placeholder={t("stageNotePlaceholder")} {...form.register("note")} />
      </FormField>
      <EvidenceUpload
        onChange={(summary) => {
          setEvidence(summary);
          form.setValue("attachmentIds", summary.ids);
          if (!evidenceBlocker(summary)) setFailure(null);
        }}
      />
      <FormMessage>{failure}</FormMessage>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("completeStage", { stage: stageName })}
        </Button>
      </div>
    </form>
  );
}
