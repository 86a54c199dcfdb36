import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getDepartmentName } from "@/db/queries/departments";
import { requireActor } from "@/lib/auth/current-actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const actor = await requireActor();
  const t = await getTranslations("settings");
  const tr = await getTranslations("roles");
  const departmentName = await getDepartmentName(actor.departmentId);
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
    </div>
  );
}
