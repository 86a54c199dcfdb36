import { forbidden } from "next/navigation";
import { clock } from "@/lib/clock";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PlanImportWizard } from "@/components/plans/plan-import-wizard";
import { listActiveDepartments } from "@/db/queries/departments";
import { loadIndicatorCatalogue } from "@/db/queries/indicator-tags/catalogue";
import { requireActor } from "@/lib/auth/current-actor";
import { todayIn } from "@/lib/domain/calendar";
import { can } from "@/lib/domain/permissions";
import { getEnv } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planImport"))("title") };
}

export default async function PlanImportPage() {
  const actor = await requireActor();
  if (!can(actor, "plan:import")) forbidden();
  const [t, departments, catalogue] = await Promise.all([getTranslations("planImport"), listActiveDepartments(), loadIndicatorCatalogue()]);
  const currentYear = Number(todayIn(getEnv().APP_TIMEZONE, clock.now()).slice(0, 4));
  return (
    <div className="grid gap-3">
      <div className="grid gap-1">
        <Link href="/plans" className="text-sm text-muted-foreground hover:underline">
          {t("backToPlans")}
        </Link>
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("subtitle")}</p>
      </div>
      <PlanImportWizard
        departments={departments.map((d) => ({ id: d.id, name: d.name }))}
        currentYear={currentYear}
        // Ids stay on the server: the review names indicators by FRAMEWORK:CODE, as the import takes them.
        catalogue={catalogue.map(({ frameworkCode, frameworkName, code, name, level, parentCode }) => ({ frameworkCode, frameworkName, code, name, level, parentCode }))}
      />
    </div>
  );
}
