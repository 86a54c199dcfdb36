import { Pencil } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DemonstrationStepper } from "@/components/demonstration/demonstration-stepper";
import { InstructionForm } from "@/components/notices/instruction-form";
import { AttachmentLinks } from "@/components/shell/attachment-links";
import { CompletionDraftCard, PrepareCompletionCard } from "@/components/tasks/completion-draft-card";
import { ExtensionDecision, ExtensionRequestDialog } from "@/components/tasks/extension-forms";
import { MilestoneList } from "@/components/tasks/milestone-list";
import { OwnerForm } from "@/components/tasks/owner-form";
import { ProgressForm } from "@/components/tasks/progress-form";
import { ProgressBar, StatusBadge, WarningBadge } from "@/components/tasks/task-badges";
import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { TaskActions } from "@/components/tasks/task-actions";
import { TaskIndicatorsCard } from "@/components/tasks/task-indicators-card";
import { TaskTimeline } from "@/components/tasks/task-timeline";
import { WhoCanHint } from "@/components/tasks/who-can-hint";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button-variants";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getTaskDetail, ownerCandidates } from "@/db/queries/tasks/task-detail";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/http/or-not-found";
import { completionGaps } from "@/lib/domain/capabilities/task";
import { nextRung } from "@/lib/domain/notice-rules";
import { TASK_ACTIONS } from "@/lib/domain/task-workflow";
import { formatDay } from "@/lib/format";
import { warningContext } from "@/lib/warning-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("taskDetail"))("title") };
}

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const context = warningContext();
  const detail = await orNotFound(getTaskDetail(actor, id, context));
  const { task } = detail;
  const [t, tp, tk, tn, locale] = await Promise.all([
    getTranslations("taskDetail"),
    getTranslations("priorities"),
    getTranslations("noticeKinds"),
    getTranslations("nav"),
    getLocale(),
  ]);
  const rung = nextRung(detail.notices.filter((n) => n.status !== "draft").map((n) => n.kind));
  // Every "may I" below comes from the one capability table the services assert.
  const may = Object.fromEntries(Object.entries(detail.capabilities).map(([key, c]) => [key, c.allowed])) as Record<keyof typeof detail.capabilities, boolean>;
  const actions = TASK_ACTIONS.filter((action) => may[action]);
  // A closed task still shows its notices to those who issue them.
  const escalate = detail.capabilities.escalate;
  const mayEverEscalate = escalate.allowed || escalate.reason.code !== "FORBIDDEN";
  const pendingExtension = detail.extensions.find((e) => e.status === "pending");
  const submitGaps = completionGaps({ openMilestones: detail.milestones.filter((m) => !m.completedAt).length, progress: task.progress });
  const candidates = may.setOwner ? await ownerCandidates(actor, detail.lead?.id) : [];

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1.5">
          {/* The list, then each plan section as that section's filtered list. */}
          <Breadcrumbs items={[{ label: tn("tasks"), href: "/tasks" }, ...detail.goalPath.map((g) => ({ label: `${g.code}${g.title}`.slice(0, 24), href: `/tasks?section=${g.id}` }))]} />
          <h1 className="text-lg font-semibold">{task.title}</h1>
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge status={task.status} />
            <WarningBadge warning={detail.warning} />
            {task.priority !== "normal" ? <Badge tone={task.priority === "low" ? "grey" : "red"}>{tp(task.priority)}</Badge> : null}
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {may.edit ? (
            <Link className={buttonVariants({ variant: "outline" })} href={`/tasks/${task.id}/edit`}>
              <Pencil aria-hidden />
              {t("edit")}
            </Link>
          ) : null}
          {may.requestExtension ? <ExtensionRequestDialog taskId={task.id} version={task.version} dueDate={task.dueDate!} /> : null}
          <TaskActions taskId={task.id} version={task.version} actions={actions} submitGaps={submitGaps} />
        </div>
        <div className="basis-full">
          <WhoCanHint othersCan={detail.othersCan} />
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="grid content-start gap-4">
          <Card>
            <CardContent>
              <dl className="grid grid-cols-[6.5rem_1fr] gap-x-3 gap-y-2 text-sm">
                <dt className="text-muted-foreground">{t("leadDepartment")}</dt>
                <dd>{detail.lead?.name ?? "—"}</dd>
                <dt className="text-muted-foreground">{t("cooperating")}</dt>
                <dd>{detail.cooperating.map((d) => d.name).join("、") || "—"}</dd>
                <dt className="text-muted-foreground">{t("owner")}</dt>
                <dd>{may.setOwner ? <OwnerForm taskId={task.id} version={task.version} ownerId={task.ownerId} candidates={candidates} /> : (detail.owner?.name ?? "—")}</dd>
                <dt className="text-muted-foreground">{t("startDate")}</dt>
                <dd>{formatDay(task.startDate, locale)}</dd>
                <dt className="text-muted-foreground">{t("dueDate")}</dt>
                <dd>
                  {formatDay(task.dueDate, locale)}
                  {task.originalDueDate && task.originalDueDate !== task.dueDate ? (
                    <span className="ml-2 text-xs text-muted-foreground">{t("originalDue", { date: formatDay(task.originalDueDate, locale) })}</span>
                  ) : null}
                </dd>
                <dt className="text-muted-foreground">{t("progress")}</dt>
                <dd>
                  <ProgressBar value={task.progress} />
                </dd>
                {/* A returned task's note was rejected (it is on the timeline), even if saved before notes were cleared on return. */}
                {task.completionNote && !task.returnedAt ? (
                  <>
                    <dt className="text-muted-foreground">{t("completionNote")}</dt>
                    <dd className="grid gap-1.5">
                      <p className="whitespace-pre-wrap">{task.completionNote}</p>
                      <AttachmentLinks files={detail.submittedDraft?.attachments ?? []} />
                    </dd>
                  </>
                ) : null}
              </dl>
              {task.description ? <p className="mt-4 border-t border-border pt-3 text-sm whitespace-pre-wrap">{task.description}</p> : null}
            </CardContent>
          </Card>

          {/* 示范创建 (ADR 020): the track's stages, when this task is one; a stage is completed there, not below. */}
          <DemonstrationStepper
            taskId={task.id}
            version={task.version}
            milestones={detail.milestones}
            reports={detail.progress}
            today={context.today}
            timeZone={context.timeZone}
            canComplete={may.completeMilestone}
          />
          {/* A 联络员's prepared 办结申请: its card for the lead department, and the form for whoever may prepare it. */}
          {detail.completionDraft && may.discardCompletion ? (
            <CompletionDraftCard taskId={task.id} version={task.version} draft={detail.completionDraft} submit={detail.capabilities.submitPrepared} timeZone={context.timeZone} />
          ) : null}
          {may.prepareCompletion ? <PrepareCompletionCard taskId={task.id} version={task.version} draft={detail.completionDraft} /> : null}

          {may.reportProgress ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("reportProgress")}</CardTitle>
              </CardHeader>
              <CardContent>
                <ProgressForm key={task.version} taskId={task.id} version={task.version} currentProgress={task.progress} />
              </CardContent>
            </Card>
          ) : null}

          <Card>
            <CardHeader>
              <CardTitle>{t("timeline")}</CardTitle>
            </CardHeader>
            <CardContent>
              <TaskTimeline items={detail.timeline} timeZone={context.timeZone} />
            </CardContent>
          </Card>
        </div>

        <div className="grid content-start gap-4">
          {pendingExtension ? (
            <Card className="border-amber-300">
              <CardHeader>
                <CardTitle>{t("pendingExtension")}</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-2 text-sm">
                <p>
                  {t("extensionAsk", {
                    name: pendingExtension.requesterName,
                    from: formatDay(pendingExtension.currentDueDate, locale),
                    to: formatDay(pendingExtension.requestedDueDate, locale),
                  })}
                </p>
                <p className="whitespace-pre-wrap text-muted-foreground">{pendingExtension.reason}</p>
                {may.decideExtension ? <ExtensionDecision requestId={pendingExtension.id} /> : null}
              </CardContent>
            </Card>
          ) : null}
          {may.escalate || (detail.notices.length > 0 && mayEverEscalate) ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("supervision")}</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-2 text-sm">
                {detail.notices.length ? (
                  <ul className="grid gap-1">
                    {detail.notices.map((n) => (
                      <li key={n.id}>
                        <Link className="hover:underline" href={`/notices/${n.id}`}>
                          {n.number ?? tk(n.kind)}
                        </Link>{" "}
                        <span className="text-muted-foreground">{tk(n.kind)}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-muted-foreground">{t("noNotices")}</p>
                )}
                {may.escalate ? (
                  <Link className={buttonVariants({ variant: "outline" })} data-testid="escalate" href={`/notices/new?taskId=${task.id}&kind=${rung}`}>{t("escalate", { kind: tk(rung) })}</Link>
                ) : null}
              </CardContent>
            </Card>
          ) : null}
          {may.writeInstruction ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("instruction")}</CardTitle>
              </CardHeader>
              <CardContent>
                <InstructionForm taskId={task.id} />
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>{t("milestones")}</CardTitle>
            </CardHeader>
            <CardContent>
              <MilestoneList
                taskId={task.id}
                version={task.version}
                milestones={detail.milestones.filter((m) => m.stage === null)}
                canComplete={may.completeMilestone}
                canAdd={may.addMilestone}
              />
            </CardContent>
          </Card>
          <TaskIndicatorsCard tags={detail.indicatorTags} indicators={detail.indicators} />
        </div>
      </div>
    </div>
  );
}
