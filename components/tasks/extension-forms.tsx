"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { decideExtensionAction, requestExtensionAction } from "@/app/(app)/tasks/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatDay } from "@/lib/format";
import type { TExtensionRequestInput } from "@/lib/validation/tasks";

/** 申请延期 (lead department head, before the due date). */
export function ExtensionRequestDialog({ taskId, version, dueDate }: { taskId: string; version: number; dueDate: string }) {
  const t = useTranslations("extension");
  const tc = useTranslations("common");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/tasks").then((m) => m.ZExtensionRequestSchema)),
    defaultValues: { id: taskId, version, requestedDueDate: "", reason: "" } satisfies TExtensionRequestInput,
  });
  const { onSubmit, failure } = useActionSubmit(form, requestExtensionAction, () => setOpen(false), t("requested"));
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">{t("request")}</Button>
      </DialogTrigger>
      <DialogContent title={t("requestTitle")} description={t("requestDescription", { due: formatDay(dueDate, locale) })} closeLabel={tc("close")}>
        <form className="grid gap-3" onSubmit={onSubmit} noValidate>
          <FormField label={t("newDueDate")} error={form.formState.errors.requestedDueDate?.message}>
            <Input type="date" min={dueDate} {...form.register("requestedDueDate")} />
          </FormField>
          <FormField label={t("reason")} error={form.formState.errors.reason?.message}>
            <Textarea rows={3} maxLength={10_000} {...form.register("reason")} />
          </FormField>
          <FormMessage>{failure}</FormMessage>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {t("submitRequest")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/**
 * 同意 / 不同意延期, with the decider's comment: optional when approving, the reason when
 * rejecting (the service refuses a rejection without one). Stored, audited, shown on the timeline.
 */
export function ExtensionDecision({ requestId }: { requestId: string }) {
  const t = useTranslations("extension");
  const { run, failure, pending } = useActionRunner();
  const [comment, setComment] = useState("");
  const decide = (approve: boolean) =>
    run(decideExtensionAction({ id: requestId, approve, reason: comment.trim() || null }), t(approve ? "approved" : "rejected"));
  return (
    <div className="grid gap-2">
      <div className="grid gap-1.5">
        <Label htmlFor={`decision-${requestId}`}>{t("comment")}</Label>
        <Textarea id={`decision-${requestId}`} rows={2} maxLength={10_000} value={comment} onChange={(e) => setComment(e.target.value)} />
        <p className="text-xs text-muted-foreground">{t("commentHint")}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" disabled={pending} onClick={() => decide(true)}>
          {t("approve")}
        </Button>
        <Button size="sm" variant="destructive" disabled={pending} onClick={() => decide(false)}>
          {t("reject")}
        </Button>
      </div>
      <FormMessage>{failure}</FormMessage>
    </div>
  );
}
