"use client";

import { useTranslations } from "next-intl";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { changeOwnPasswordAction } from "@/app/(app)/settings/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { signOutTo } from "@/components/auth/next-auth-client";

/** After a change every session ends, this one too: the user signs in again with the new password. */
export function ChangePasswordForm() {
  const t = useTranslations("settings");
  const ta = useTranslations("auth");
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/auth").then((m) => m.ZChangeOwnPasswordSchema)),
    defaultValues: { currentPassword: "", password: "", confirmPassword: "" },
  });
  const { onSubmit, failure } = useActionSubmit(form, changeOwnPasswordAction, () => {
    void signOutTo("/login?expired=1");
  });
  const errors = form.formState.errors;
  return (
    <form className="grid max-w-sm gap-3" onSubmit={onSubmit} noValidate>
      <FormField label={t("currentPassword")} error={errors.currentPassword?.message}>
        <Input type="password" autoComplete="current-password" {...form.register("currentPassword")} />
      </FormField>
      <FormField label={t("newPassword")} error={errors.password?.message} hint={ta("passwordPolicy")}>
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </FormField>
      <FormField label={ta("confirmPassword")} error={errors.confirmPassword?.message}>
        <Input type="password" autoComplete="new-password" {...form.register("confirmPassword")} />
      </FormField>
      <FormMessage>{failure}</FormMessage>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("changePassword")}
        </Button>
      </div>
    </form>
  );
}
