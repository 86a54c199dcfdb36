"use client";

import { useTranslations } from "next-intl";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { sendDraftNoticeAction } from "@/app/(app)/notices/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input, Textarea } from "@/components/ui/input";

/** Reviewing a drafted notice (the daily job prepares 催办通知): edit, then send with a number. */
export function SendDraftForm({
  id,
  version,
  content,
  responseDueDate,
  asksForAnswer,
}: {
  id: string;
  version: number;
  content: string;
  responseDueDate: string;
  /** A circular informs and asks for no answer, so it has no answer date. */
  asksForAnswer: boolean;
}) {
  const t = useTranslations("noticeForm");
  const form = useForm({ resolver: useLazyZodResolver(() => import("@/lib/validation/notices").then((m) => m.ZSendDraftNoticeSchema)), defaultValues: { id, version, content, responseDueDate } });
  const { onSubmit, failure } = useActionSubmit(form, sendDraftNoticeAction, undefined, t("issued"));
  return (
    <form className="grid gap-3" onSubmit={onSubmit} noValidate>
      <FormField label={t("content")} error={form.formState.errors.content?.message}>
        <Textarea rows={8} {...form.register("content")} />
      </FormField>
      {asksForAnswer && (
        <FormField label={t("responseDue")} error={form.formState.errors.responseDueDate?.message}>
          <Input type="date" className="w-48" {...form.register("responseDueDate")} />
        </FormField>
      )}
      <FormMessage>{failure}</FormMessage>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("sendDraft")}
        </Button>
      </div>
    </form>
  );
}
