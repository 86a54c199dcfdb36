"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm, useWatch } from "react-hook-form";
import { issueNoticeAction } from "@/app/(app)/notices/actions";
import { announceWarning } from "@/components/forms/feedback";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { DepartmentSelect } from "@/components/forms/department-select";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { NOTICE_KINDS, type TNoticeKind } from "@/lib/domain/codes";
import { noticeTemplate } from "@/lib/domain/notice-templates";
import { NoticePreview } from "./notice-preview";
import type { TNoticeIssueInput } from "@/lib/validation/notices";

type TTask = { id: string; title: string; dueDate: string | null };

/** Issue a notice about a task, prefilled with the next rung of the ladder and its template text. */
export function NoticeForm({
  task,
  kind,
  departments,
  leadDepartmentId,
  responseDueDate,
  next,
}: {
  task: TTask;
  kind: TNoticeKind;
  departments: { id: string; name: string }[];
  leadDepartmentId: string | null;
  responseDueDate: string;
  /** The number the notice would take now, the issuing office and today, for the preview. */
  next: { number: string; issuer: string; today: string };
}) {
  const t = useTranslations("noticeForm");
  const tk = useTranslations("noticeKinds");
  const tp = useTranslations("noticePreview");
  const [previewing, setPreviewing] = useState(false);
  const router = useRouter();
  const departmentName = (id: string | null | undefined) => departments.find((d) => d.id === id)?.name ?? null;
  const templateFor = (k: TNoticeKind, departmentId: string | null | undefined) =>
    noticeTemplate(k, { taskTitle: task.title, dueDate: task.dueDate, departmentName: departmentName(departmentId) });
  const initial = templateFor(kind, leadDepartmentId);
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/notices").then((m) => m.ZNoticeIssueSchema)),
    defaultValues: {
      kind,
      departmentId: leadDepartmentId ?? "",
      taskIds: [task.id],
      title: initial.title,
      content: initial.content,
      responseDueDate,
    } satisfies TNoticeIssueInput,
  });
  const chosenKind = useWatch({ control: form.control, name: "kind" });
  const { onSubmit, failure } = useActionSubmit(
    form,
    issueNoticeAction,
    (data) => {
      // Issuing took the next number under a lock; another notice may have been issued since the preview.
      if (data.number && data.number !== next.number) announceWarning(tp("numberChanged", { previewed: next.number, number: data.number }));
      router.push(`/notices/${data.id}`);
    },
    t("issued"),
  );
  const errors = form.formState.errors;

  function changeKind(next: TNoticeKind) {
    // Replace the text only while it is still the previous kind's template.
    const previous = templateFor(chosenKind, form.getValues("departmentId"));
    const template = templateFor(next, form.getValues("departmentId"));
    if (form.getValues("title") === previous.title) form.setValue("title", template.title);
    if (form.getValues("content") === previous.content) form.setValue("content", template.content);
    form.setValue("kind", next);
  }

  return (
    <form className="grid max-w-3xl gap-4" onSubmit={onSubmit} noValidate>
      <p className="rounded-md border border-border bg-muted/40 px-3 py-2 text-sm">
        {t("aboutTask")}：<span className="font-medium">{task.title}</span>
      </p>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label={t("kind")} error={errors.kind?.message}>
          <NativeSelect value={chosenKind} onChange={(e) => changeKind(e.target.value as TNoticeKind)}>
            {NOTICE_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        {chosenKind === "circular" ? (
          <div className="grid gap-1.5 text-sm">
            <span className="font-medium">{t("recipient")}</span>
            <span className="py-2 text-muted-foreground">{t("allDepartments")}</span>
          </div>
        ) : (
          <FormField label={t("recipient")} error={errors.departmentId?.message}>
            <DepartmentSelect departments={departments} emptyLabel={t("choose")} {...form.register("departmentId")} />
          </FormField>
        )}
        {chosenKind === "circular" ? null : (
          <FormField label={t("responseDue")} error={errors.responseDueDate?.message}>
            <Input type="date" {...form.register("responseDueDate")} />
          </FormField>
        )}
      </div>
      <FormField label={t("title")} error={errors.title?.message}>
        <Input maxLength={200} {...form.register("title")} />
      </FormField>
      <FormField label={t("content")} error={errors.content?.message}>
        <Textarea rows={8} maxLength={10_000} {...form.register("content")} />
      </FormField>
      {errors.taskIds ? <FormMessage>{t("taskProblem")}</FormMessage> : null}
      <FormMessage>{failure}</FormMessage>
      {previewing ? (
        <NoticePreview
          preview={{
            number: next.number,
            kindName: tk(chosenKind),
            title: form.getValues("title") ?? "",
            recipient: chosenKind === "circular" ? t("allDepartments") : (departmentName(form.getValues("departmentId")) ?? ""),
            content: form.getValues("content"),
            responseDueDate: chosenKind === "circular" ? null : (form.getValues("responseDueDate") ?? null),
            issuer: next.issuer,
            today: next.today,
          }}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        {previewing ? (
          <>
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {tp("confirm", { number: next.number })}
            </Button>
            <Button type="button" variant="outline" onClick={() => setPreviewing(false)}>
              {tp("edit")}
            </Button>
          </>
        ) : (
          <Button type="button" onClick={async () => setPreviewing(await form.trigger())}>
            {tp("preview")}
          </Button>
        )}
        <Button type="button" variant="outline" onClick={() => router.back()}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
