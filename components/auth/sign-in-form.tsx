"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { PasswordInput } from "@/components/ui/password-input";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { TSignInInput } from "@/lib/validation/auth";
import { signInWithCredentials } from "./next-auth-client";

type TMethod = TSignInInput["method"];

export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice: "registered" | "expired" | null }) {
  const t = useTranslations("auth");
  const ta = useTranslations("signInAttempts");
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<TSignInInput>({
    resolver: useLazyZodResolver(() => import("@/lib/validation/auth").then((m) => m.ZSignInSchema)),
    defaultValues: { login: "", password: "", method: "account" },
  });
  const method = useWatch({ control: form.control, name: "method" });

  async function onSubmit(values: TSignInInput) {
    setFailure(null);
    const result = await signInWithCredentials(values);
    if (!result || result.error) {
      const code = result?.error ?? "unavailable";
      // "throttled:<seconds>": too many attempts from this address or on this account (HTTP 429).
      const throttled = /^throttled:(\d+)$/.exec(code);
      // "invalid:<n>:<minutes>": from the third failure on, the attempts left before the lockout.
      const remaining = /^invalid:(\d+):(\d+)$/.exec(code);
      if (throttled) setFailure(t("errors.throttled", { seconds: throttled[1]! }));
      else if (remaining) setFailure(remaining[1] === "0" ? ta("limitReached", { minutes: Number(remaining[2]) }) : ta("remaining", { n: Number(remaining[1]) }));
      else setFailure(t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.invalid"));
      form.setValue("password", "");
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <div className="grid gap-4">
      <Tabs
        value={method}
        onValueChange={(value) => {
          // A message about the other way of signing in would only confuse.
          setFailure(null);
          form.clearErrors();
          form.setValue("method", value as TMethod);
        }}
      >
        <TabsList>
          {/* Both tabs switch the one form below rather than showing panels of their own:
              no aria-controls pointing at panels that are never rendered. */}
          <TabsTrigger value="account" aria-controls={undefined}>
            {t("tabAccount")}
          </TabsTrigger>
          <TabsTrigger value="phone" aria-controls={undefined}>
            {t("tabPhone")}
          </TabsTrigger>
        </TabsList>
      </Tabs>
      {notice ? <FormMessage tone="success">{t(`notice.${notice}`)}</FormMessage> : null}
      <form className="grid gap-4" onSubmit={form.handleSubmit(onSubmit)} noValidate>
        <FormField label={method === "account" ? t("account") : t("phone")} error={form.formState.errors.login?.message}>
          <Input
            autoComplete="username"
            inputMode={method === "phone" ? "tel" : "text"}
            placeholder={method === "account" ? t("accountPlaceholder") : t("phonePlaceholder")}
            {...form.register("login")}
          />
        </FormField>
        <FormField label={t("password")} error={form.formState.errors.password?.message}>
          <PasswordInput autoComplete="current-password" showLabel={t("showPassword")} hideLabel={t("hidePassword")} {...form.register("password")} />
        </FormField>
        <FormMessage>{failure}</FormMessage>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("signingIn") : t("signIn")}
        </Button>
      </form>
      <p className="text-center text-sm text-muted-foreground">
        {t("noAccount")}{" "}
        <Link href="/register" className="font-medium text-primary underline underline-offset-2">
          {t("registerNow")}
        </Link>
      </p>
    </div>
  );
}
