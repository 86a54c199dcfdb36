"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { registerAction } from "@/app/(auth)/register/actions";
import { Button } from "@/components/ui/button";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { DepartmentSelect } from "@/components/forms/department-select";
import { Input, Textarea } from "@/components/ui/input";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import type { TRegistrationInput } from "@/lib/validation/auth";

export function RegistrationForm({ departments }: { departments: { id: string; name: string }[] }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<TRegistrationInput>({
    resolver: useLazyZodResolver(() => import("@/lib/validation/auth").then((m) => m.ZRegistrationSchema)),
    defaultValues: { account: "", name: "", phone: "", departmentId: "", note: "", password: "", confirmPassword: "" },
  });
  const errors = form.formState.errors;

  async function onSubmit(values: TRegistrationInput) {
    setFailure(null);
    const result = await registerAction(values);
    if (result.ok) {
      router.push("/login?registered=1");
      return;
    }
    if (!applyFieldErrors(form.setError, result.fieldErrors)) setFailure(result.message);
  }

  return (
    <form className="grid gap-3" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <h2 className="text-base font-semibold">{t("registerTitle")}</h2>
      <p className="text-xs text-muted-foreground">{t("registerHint")}</p>
      <FormField label={t("account")} error={errors.account?.message} hint={t("accountHint")}>
        <Input autoComplete="username" {...form.register("account")} />
      </FormField>
      <FormField label={t("name")} error={errors.name?.message}>
        <Input autoComplete="name" {...form.register("name")} />
      </FormField>
      <FormField label={t("phone")} error={errors.phone?.message}>
        <Input inputMode="tel" autoComplete="tel" {...form.register("phone")} />
      </FormField>
      <FormField label={t("department")} error={errors.departmentId?.message}>
        <DepartmentSelect departments={departments} emptyLabel={t("departmentNone")} {...form.register("departmentId")} />
      </FormField>
      <FormField label={t("note")} error={errors.note?.message}>
        <Textarea rows={2} {...form.register("note")} />
      </FormField>
      <FormField label={t("password")} error={errors.password?.message} hint={t("passwordPolicy")}>
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </FormField>
      <FormField label={t("confirmPassword")} error={errors.confirmPassword?.message}>
        <Input type="password" autoComplete="new-password" {...form.register("confirmPassword")} />
      </FormField>
      <FormMessage>{failure}</FormMessage>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("submitRegistration")}
      </Button>
      <p className="text-center text-sm">
        <Link href="/login" className="text-primary hover:underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </form>
  );
}
