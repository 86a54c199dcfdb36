import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TaskForm } from "@/components/tasks/task-form";
import { listActiveDepartments } from "@/db/queries/departments";
import { listGoalOptions } from "@/db/queries/plans";
import { loadIndicatorCatalogue } from "@/db/queries/indicator-tags/catalogue";
import { toIndicatorOptions } from "@/lib/domain/indicator-tags/codes";
import { getTaskDetail, ownerCandidates } from "@/db/queries/tasks/task-detail";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/http/or-not-found";
import { can } from "@/lib/domain/permissions";
import { warningContext } from "@/lib/warning-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("taskForm"))("editTitle") };
}

export default async function EditTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "task:edit")) forbidden();
  const { id } = await params;
  const detail = await orNotFound(getTaskDetail(actor, id, warningContext()));
  const [t, departments, goals, owners, catalogue] = await Promise.all([
    getTranslations("taskForm"),
    listActiveDepartments(),
    listGoalOptions(),
    ownerCandidates(actor, detail.lead?.id),
    loadIndicatorCatalogue(),
  ]);
  const { task } = detail;
  return (
    <div className="grid gap-4">
      <h1 className="text-lg font-semibold">{t("editTitle")}</h1>
      <TaskForm
        departments={departments}
        goals={goals}
        initialOwners={owners}
        indicatorOptions={toIndicatorOptions(catalogue)}
        initial={{
          id: task.id,
          version: task.version,
          title: task.title,
          description: task.description,
          goalId: task.goalId ?? "",
          leadDepartmentId: detail.lead?.id ?? "",
          cooperatingDepartmentIds: detail.cooperating.map((d) => d.id),
          ownerId: task.ownerId ?? "",
          startDate: task.startDate ?? "",
          dueDate: task.dueDate ?? "",
          priority: task.priority,
          milestones: detail.milestones.filter((m) => !m.completedAt).map((m) => ({ title: m.title, dueDate: m.dueDate ?? "" })),
          indicatorCodes: detail.indicatorTags.map((tag) => tag.code),
          indicators: detail.indicators.map((i) => ({ name: i.name, unit: i.unit, target: i.target ?? "", actual: i.actual ?? "" })),
        }}
      />
    </div>
  );
}
