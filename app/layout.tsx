import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { ToastHost } from "@/components/shell/toast-host";
import { DemoRibbon } from "@/components/shell/demo-ribbon";
import { ClientMessages } from "@/i18n/client-messages";
import { isDemoLoaded } from "@/db/queries/app-settings";
import { logger } from "@/lib/logger";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request: the CSP nonce
  // (proxy.ts) is new each time, and Next stamps it on its scripts.
  await headers();
  const locale = await getLocale();
  const [tShell, tFeedback] = await Promise.all([getTranslations("shell"), getTranslations("feedback")]);
  // A database that cannot say shows no 演示数据 tab rather than no page.
  const demo = await isDemoLoaded().catch((error: unknown) => {
    logger.warn({ err: error }, "could not read the demo flag");
    return false;
  });
  return (
    <html lang={locale}>
      <body>
        {/* The base namespaces only: a segment that needs more says so (i18n/client-messages.tsx). */}
        <ClientMessages namespaces={[]}>{children}</ClientMessages>
        <ToastHost label={tShell("toasts")} closeLabel={tFeedback("dismiss")} />
        {demo ? <DemoRibbon /> : null}
      </body>
    </html>
  );
}
