"use client";

import { KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { resetPasswordAction } from "@/app/(app)/admin/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { TResetPasswordInput } from "@/lib/validation/users";
import { FormButtons } from "./user-form-dialog";

export function ResetPasswordDialog({ user }: { user: { id: string; version: number; account: string } }) {
  const t = useTranslations("admin");
  const ta = useTranslations("auth");
  const [open, setOpen] = useState(false);
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/users").then((m) => m.ZResetPasswordSchema)),
    defaultValues: { id: user.id, version: user.version, password: "" } satisfies TResetPasswordInput,
  });
  const { onSubmit, failure } = useActionSubmit(form, resetPasswordAction, () => setOpen(false));
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) form.reset({ id: user.id, version: user.version, password: "" });
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`${t("resetPassword")} ${user.account}`}>
          <KeyRound aria-hidden />
          <span className="hidden lg:inline">{t("resetPassword")}</span>
        </Button>
      </DialogTrigger>
      <DialogContent title={t("resetPasswordTitle", { account: user.account })} description={t("resetPasswordDescription")} closeLabel={t("close")}>
        <form className="grid gap-3" onSubmit={onSubmit} noValidate>
          <FormField label={t("newPassword")} error={form.formState.errors.password?.message} hint={ta("passwordPolicy")}>
            <Input type="password" autoComplete="new-password" {...form.register("password")} />
          </FormField>
          <FormMessage>{failure}</FormMessage>
          <FormButtons onCancel={() => setOpen(false)} submitting={form.formState.isSubmitting} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
