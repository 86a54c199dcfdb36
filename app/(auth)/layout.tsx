import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { ClientMessages } from "@/i18n/client-messages";
import { getEnv } from "@/lib/env";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  // The sign-in and registration forms: their field errors are keys of any namespace.
  return (
    <ClientMessages namespaces="all">
      <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
        <div className="text-center">
          <p className="text-sm text-muted-foreground">{getEnv().ORG_NAME}</p>
          <h1 className="mt-1 text-xl font-semibold sm:text-2xl">{t("name")}</h1>
        </div>
        <div className="w-full max-w-sm rounded-lg border border-border bg-background p-5 shadow-sm">{children}</div>
        <LanguageSwitch />
      </main>
    </ClientMessages>
  );
}
