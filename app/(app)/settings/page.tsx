import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ApiTokenTable, type TApiTokenView } from "@/components/settings/api-token-table";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { CreateApiTokenForm } from "@/components/settings/create-api-token-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { listOwnApiTokens, type TApiTokenRow } from "@/db/queries/api-tokens";
import { getDepartmentName } from "@/db/queries/departments";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";
import { getEnv } from "@/lib/env";
import { formatMoment } from "@/lib/format";
import { clock } from "@/lib/clock";

function tokenView(row: TApiTokenRow, now: Date, format: (at: Date | null) => string): TApiTokenView {
  const state = row.revokedAt ? "revoked" : row.expiresAt <= now ? "expired" : "active";
  return {
    id: row.id,
    name: row.name,
    createdAt: format(row.createdAt),
    expiresAt: format(row.expiresAt),
    lastUsedAt: row.lastUsedAt ? format(row.lastUsedAt) : null,
    state,
  };
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const actor = await requireActor();
  const t = await getTranslations("settings");
  const tr = await getTranslations("roles");
  const tt = await getTranslations("apiTokens");
  const locale = await getLocale();
  const mayUseApi = can(actor, "token:manage_own");
  const [departmentName, tokenRows] = await Promise.all([
    getDepartmentName(actor.departmentId),
    mayUseApi ? listOwnApiTokens(actor.id) : Promise.resolve([]),
  ]);
  const now = clock.now();
  const format = (at: Date | null) => formatMoment(at, locale, getEnv().APP_TIMEZONE);
  return (
    <div className="grid max-w-2xl gap-4">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <Card>
        <CardHeader>
          <CardTitle>{t("profile")}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-[6rem_1fr] gap-y-2 text-sm">
            <dt className="text-muted-foreground">{t("account")}</dt>
            <dd className="font-mono">{actor.account}</dd>
            <dt className="text-muted-foreground">{t("name")}</dt>
            <dd>{actor.name}</dd>
            <dt className="text-muted-foreground">{t("department")}</dt>
            <dd>{departmentName ?? "—"}</dd>
            <dt className="text-muted-foreground">{t("roles")}</dt>
            <dd>{actor.roles.map((r) => tr(r)).join("、") || "—"}</dd>
            <dt className="text-muted-foreground">{t("language")}</dt>
            <dd>
              <LanguageSwitch />
            </dd>
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("changePassword")}</CardTitle>
        </CardHeader>
        <CardContent>
          <ChangePasswordForm />
        </CardContent>
      </Card>
      {mayUseApi ? (
        <Card>
          <CardHeader>
            <CardTitle>{tt("title")}</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4">
            <p className="text-sm text-muted-foreground">
              {tt.rich("intro", {
                docs: (chunks) => (
                  <Link href="/api-docs" className="text-primary underline underline-offset-2">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
            <CreateApiTokenForm />
            <ApiTokenTable tokens={tokenRows.map((row) => tokenView(row, now, format))} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
