import { CheckCircle2, Circle, CircleDot } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { AttachmentLinks } from "@/components/shell/attachment-links";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { dayOf } from "@/lib/domain/calendar";
import type { TDemonstrationStage } from "@/lib/domain/codes";
import { currentStage, isStageLate, sortStages } from "@/lib/domain/demonstration";
import { formatDay } from "@/lib/format";
import { StageCompleteForm } from "./stage-complete-form";

type TStageMilestone = { id: string; stage: TDemonstrationStage | null; dueDate: string | null; completedAt: Date | null; evidenceReportId: string | null };
type TEvidence = { id: string; note: string; attachments: { id: string; name: string; size: number }[] };

/**
 * 示范创建 (ADR 020): the track's five stages in order — done (with date and evidence),
 * current, or to come — and, for the lead department while the task is in progress,
 * the form that completes the current one. Stacks on a phone, a row from sm up.
 */
export async function DemonstrationStepper(props: {
  taskId: string;
  version: number;
  milestones: TStageMilestone[];
  reports: TEvidence[];
  today: string;
  timeZone: string;
  canComplete: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("demonstration"), getLocale()]);
  const stages = sortStages(props.milestones.filter((m): m is TStageMilestone & { stage: TDemonstrationStage } => m.stage !== null));
  if (stages.length === 0) return null;
  const current = currentStage(stages);
  const evidenceOf = (id: string | null) => props.reports.find((r) => r.id === id);
  return (
    <Card data-testid="demonstration-stepper">
      <CardHeader>
        <CardTitle>{t("stepper")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <ol className="grid gap-3 sm:grid-cols-5 sm:gap-2">
          {stages.map((s, i) => {
            const isCurrent = s.id === current?.id;
            const late = isCurrent && isStageLate(s, props.today);
            const evidence = evidenceOf(s.evidenceReportId);
            const Icon = s.completedAt ? CheckCircle2 : isCurrent ? CircleDot : Circle;
            return (
              <li
                key={s.id}
                data-stage={s.stage}
                aria-current={isCurrent ? "step" : undefined}
                className={`grid content-start gap-1 rounded-md border p-2 text-sm ${isCurrent ? "border-primary bg-primary/5" : "border-border"}`}
              >
                <p className="flex items-center gap-1.5 font-medium">
                  <Icon className={`size-4 shrink-0 ${s.completedAt ? "text-green-700" : isCurrent ? "text-primary" : "text-muted-foreground"}`} aria-hidden />
                  <span>
                    {i + 1}. {t(`stages.${s.stage}`)}
                  </span>
                </p>
                {isCurrent ? <p className="text-xs text-primary">{t("current")}</p> : null}
                <p className="text-xs text-muted-foreground">
                  {s.completedAt
                    ? t("doneOn", { date: formatDay(dayOf(s.completedAt, props.timeZone), locale) })
                    : s.dueDate
                      ? t("dueOn", { date: formatDay(s.dueDate, locale) })
                      : null}
                </p>
                {late ? <Badge tone="red" className="w-fit">{t("late")}</Badge> : null}
                {evidence ? (
                  <div className="grid gap-1">
                    <p className="line-clamp-3 text-xs whitespace-pre-wrap">{evidence.note}</p>
                    <AttachmentLinks files={evidence.attachments} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
        {!current ? <p className="text-sm text-green-700">{t("allDone")}</p> : null}
        {current && props.canComplete ? (
          <StageCompleteForm key={props.version} taskId={props.taskId} version={props.version} stage={current.stage} stageName={t(`stages.${current.stage}`)} />
        ) : null}
      </CardContent>
    </Card>
  );
}
