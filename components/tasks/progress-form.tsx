"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { reportProgressAction } from "@/app/(app)/tasks/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input, Textarea } from "@/components/ui/input";
import type { TProgressInput } from "@/lib/validation/tasks";
import { evidenceBlocker, NO_EVIDENCE } from "./evidence-summary";
import { EvidenceUpload } from "./evidence-upload";

/** 报送进展: percent, what was done, and evidence files uploaded as they are chosen. */
export function ProgressForm({ taskId, version, currentProgress }: { taskId: string; version: number; currentProgress: number }) {
  const t = useTranslations("progress");
  const tUploads = useTranslations("uploads");
  const [uploadKey, setUploadKey] = useState(0);
  const [evidence, setEvidence] = useState(NO_EVIDENCE);
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/tasks").then((m) => m.ZProgressSchema)),
    defaultValues: { id: taskId, version, percent: currentProgress, note: "", attachmentIds: [] } satisfies TProgressInput,
  });
  // The page re-renders with the task's new version and remounts this form (keyed by version).
  const { onSubmit, failure, setFailure } = useActionSubmit(form, reportProgressAction, () => setUploadKey((k) => k + 1), t("done"));
  const errors = form.formState.errors;
  // A report never goes out without a file the user chose: still uploading or refused, it waits.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    const blocker = evidenceBlocker(evidence);
    if (!blocker) return onSubmit(event);
    event.preventDefault();
    setFailure(tUploads(blocker === "uploading" ? "blockedUploading" : "blockedFailed"));
  };
  return (
    <form className="grid gap-3" onSubmit={submit} noValidate aria-label={t("title")}>
      <FormField label={t("percent")} error={errors.percent?.message}>
        <Input type="number" inputMode="numeric" min={0} max={100} className="w-28" {...form.register("percent")} />
      </FormField>
      <FormField label={t("note")} error={errors.note?.message}>
        <Textarea rows={4} maxLength={10_000} placeholder={t("notePlaceholder")} {...form.register("note")} />
      </FormField>
      <EvidenceUpload
        key={uploadKey}
        onChange={(summary) => {
          setEvidence(summary);
          form.setValue("attachmentIds", summary.ids);
          if (!evidenceBlocker(summary)) setFailure(null);
        }}
      />
      <FormMessage>{failure}</FormMessage>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
