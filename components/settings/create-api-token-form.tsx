"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { createApiTokenAction } from "@/app/(app)/settings/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import type { TCreateApiTokenInput } from "@/lib/validation/api-tokens";
import { API_TOKEN_LIFETIMES } from "@/lib/validation/limits";

/** Creates a personal token; its secret is shown once, here, and never again. */
export function CreateApiTokenForm() {
  const t = useTranslations("apiTokens");
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const form = useForm<TCreateApiTokenInput, unknown, { name: string; expiresInDays: number; currentPassword: string }>({
    resolver: useLazyZodResolver(() => import("@/lib/validation/api-tokens").then((m) => m.ZCreateApiTokenSchema)),
    defaultValues: { name: "", expiresInDays: 30, currentPassword: "" },
  });
  const { onSubmit, failure } = useActionSubmit(form, createApiTokenAction, (created) => {
    setSecret(created.token);
    setCopied(false);
    form.reset();
  });
  const errors = form.formState.errors;

  async function copy() {
    if (!secret) return;
    await navigator.clipboard?.writeText(secret).catch(() => undefined);
    setCopied(true);
  }

  return (
    <div className="grid gap-3">
      <form className="grid gap-3 sm:grid-cols-[1fr_10rem_12rem_auto] sm:items-start" onSubmit={onSubmit} noValidate>
        <FormField label={t("name")} error={errors.name?.message} hint={t("nameHint")}>
          <Input maxLength={60} {...form.register("name")} />
        </FormField>
        <FormField label={t("lifetime")} error={errors.expiresInDays?.message}>
          <NativeSelect {...form.register("expiresInDays")}>
            {API_TOKEN_LIFETIMES.map((days) => (
              <option key={days} value={days}>
                {t("days", { days })}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label={t("currentPassword")} error={errors.currentPassword?.message} hint={t("currentPasswordHint")}>
          <Input type="password" autoComplete="current-password" {...form.register("currentPassword")} />
        </FormField>
        <Button type="submit" className="sm:mt-6" disabled={form.formState.isSubmitting}>
          {t("create")}
        </Button>
      </form>
      <FormMessage>{failure}</FormMessage>
      {secret ? (
        <div role="status" className="grid gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium">{t("secretOnce")}</p>
          <div className="flex items-center gap-2">
            <code data-testid="new-token" className="min-w-0 flex-1 break-all rounded bg-background px-2 py-1 font-mono text-xs">
              {secret}
            </code>
            <Button type="button" variant="outline" size="sm" onClick={copy}>
              {copied ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
              {copied ? t("copied") : t("copy")}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
