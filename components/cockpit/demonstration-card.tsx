import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { TDemonstrationTrack } from "@/db/queries/cockpit/demonstration-tracks";
import { formatDay } from "@/lib/format";

/** 示范创建 (ADR 020): each demonstration project with its current stage and whether that stage is late. */
export async function DemonstrationCard({ tracks }: { tracks: TDemonstrationTrack[] }) {
  const [t, locale] = await Promise.all([getTranslations("demonstration"), getLocale()]);
  return (
    <Card data-testid="demonstration-card">
      <CardHeader>
        <CardTitle>{t("panel")}</CardTitle>
      </CardHeader>
      <CardContent className="p-0 max-sm:p-2">
        {tracks.length === 0 ? (
          <p className="p-4 text-sm text-muted-foreground">{t("panelEmpty")}</p>
        ) : (
          <DataTable
            rows={tracks}
            rowKey={(r) => r.goalId}
            caption={t("panel")}
            columns={[
              {
                key: "project",
                header: t("project"),
                card: "title",
                cell: (r) => (
                  <Link className="underline-offset-2 hover:underline" href={`/tasks/${r.taskId}`}>
                    {r.title}
                  </Link>
                ),
              },
              { key: "category", header: t("category"), cell: (r) => `${r.year} · ${t(`categories.${r.category}`)}` },
              { key: "stage", header: t("stage"), cell: (r) => (r.stage ? t(`stages.${r.stage}`) : t("named")) },
              { key: "due", header: t("due"), cell: (r) => formatDay(r.stageDueDate, locale) },
              {
                key: "late",
                header: t("late"),
                cell: (r) => (r.late ? <Badge tone="red">{t("late")}</Badge> : r.stage ? <Badge tone="green">{t("onTrack")}</Badge> : null),
              },
            ]}
          />
        )}
      </CardContent>
    </Card>
  );
}
