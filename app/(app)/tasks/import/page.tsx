import { forbidden } from "next/navigation";
import { Download } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TaskImportForm } from "@/components/tasks/task-import-form";
import { buttonVariants } from "@/components/ui/button-variants";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("taskImport"))("title") };
}

export default async function TaskImportPage() {
  const actor = await requireActor();
  if (!can(actor, "task:create")) forbidden();
  const t = await getTranslations("taskImport");
  return (
    <div className="grid max-w-4xl gap-4">
      <div>
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{t("templateStep")}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-2">
          <p className="text-sm text-muted-foreground">{t("templateHint")}</p>
          <div>
            {/* A plain link: the route answers with a file, not a page. */}
            <a className={buttonVariants({ variant: "outline" })} href="/api/tasks/import-template" download>
              <Download aria-hidden />
              {t("downloadTemplate")}
            </a>
          </div>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("uploadStep")}</CardTitle>
        </CardHeader>
        <CardContent>
          <TaskImportForm />
        </CardContent>
      </Card>
    </div>
  );
}
