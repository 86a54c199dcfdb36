import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TaskStatusSummary } from "@/components/tasks/task-status-summary";
import { countVisibleTasksByStatus } from "@/db/queries/tasks/counts";
import { requireActor } from "@/lib/auth/current-actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("workbench") };
}

export default async function WorkbenchPage() {
  const actor = await requireActor();
  const t = await getTranslations("workbench");
  const counts = await countVisibleTasksByStatus(actor);
  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("greeting", { name: actor.name })}</p>
      </div>
      <TaskStatusSummary counts={counts} />
    </div>
  );
}
