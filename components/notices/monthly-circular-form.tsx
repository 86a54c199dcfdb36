"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { draftMonthlyCircularAction } from "@/app/(app)/notices/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

/** 月度通报: a supervisor picks a month; the draft circular opens for review, numbering and issue. */
export function MonthlyCircularForm({ defaultMonth }: { defaultMonth: string }) {
  const t = useTranslations("report");
  const router = useRouter();
  const form = useForm({ resolver: useLazyZodResolver(() => import("@/lib/validation/notices").then((m) => m.ZMonthlyCircularSchema)), defaultValues: { month: defaultMonth } });
  const { onSubmit, failure } = useActionSubmit(form, draftMonthlyCircularAction, (data) => router.push(`/notices/${data.id}`));
  return (
    <form className="flex flex-wrap items-end gap-2" onSubmit={onSubmit} noValidate aria-label={t("monthlyCircular")}>
      <FormField label={t("month")} error={form.formState.errors.month?.message}>
        <Input type="month" className="w-44" {...form.register("month")} />
      </FormField>
      <Button type="submit" variant="outline" disabled={form.formState.isSubmitting}>
        {t("draftCircular")}
      </Button>
      <FormMessage>{failure}</FormMessage>
    </form>
  );
}
