import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TaskForm } from "@/components/tasks/task-form";
import { listActiveDepartments } from "@/db/queries/departments";
import { listGoalOptions } from "@/db/queries/plans";
import { loadIndicatorCatalogue } from "@/db/queries/indicator-tags/catalogue";
import { toIndicatorOptions } from "@/lib/domain/indicator-tags/codes";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("taskForm"))("newTitle") };
}

export default async function NewTaskPage({ searchParams }: { searchParams: Promise<{ goal?: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "task:create")) forbidden();
  const [t, departments, goals, { goal }, catalogue] = await Promise.all([
    getTranslations("taskForm"),
    listActiveDepartments(),
    listGoalOptions(),
    searchParams,
    loadIndicatorCatalogue(),
  ]);
  const goalId = goals.some((g) => g.id === goal) ? goal : undefined;
  const title = goals.find((g) => g.id === goalId)?.label.replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]?/, "") ?? "";
  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-lg font-semibold">{t("newTitle")}</h1>
        <p className="text-sm text-muted-foreground">{t("newHint")}</p>
      </div>
      <TaskForm departments={departments} goals={goals} indicatorOptions={toIndicatorOptions(catalogue)} initial={goalId ? { title, goalId } : undefined} />
    </div>
  );
}
