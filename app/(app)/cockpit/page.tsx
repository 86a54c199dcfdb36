import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/shell/forbidden";
import { TaskStatusSummary } from "@/components/tasks/task-status-summary";
import { countVisibleTasksByStatus } from "@/db/queries/tasks/counts";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("cockpit") };
}

export default async function CockpitPage() {
  const actor = await requireActor();
  if (!can(actor, "data:read_all")) return <Forbidden />;
  const t = await getTranslations("cockpit");
  const counts = await countVisibleTasksByStatus(actor);
  return (
    <div className="grid gap-4">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <TaskStatusSummary counts={counts} />
    </div>
  );
}
