import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { NoticeKindBadge } from "@/components/notices/notice-badges";
import { OverdueBadge } from "@/components/tasks/overdue-badge";
import { WarningBadge } from "@/components/tasks/task-badges";
import { WorkbenchSection } from "@/components/workbench/workbench-section";
import { departmentWorkbench, supervisorConsole } from "@/db/queries/workbench";
import { requireActor } from "@/lib/auth/current-actor";
import { addDaysTo } from "@/lib/domain/calendar";
import { can } from "@/lib/domain/permissions";
import { formatDay } from "@/lib/format";
import { warningContext } from "@/lib/warning-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("workbench") };
}

type TTaskPage = Awaited<ReturnType<typeof departmentWorkbench>>["toSign"];
type TNoticePage = Awaited<ReturnType<typeof departmentWorkbench>>["noticesToSign"];

// Each task shows its warning and, once past due, how many days (逾期N天) — the red alone does not say how late.
const taskItems = (page: TTaskPage, today: string) =>
  page.items.map((task) => ({
    id: task.id,
    href: `/tasks/${task.id}`,
    title: task.title,
    day: task.dueDate,
    meta: (
      <>
        <WarningBadge warning={task.warning} />
        <OverdueBadge status={task.status} dueDate={task.dueDate} today={today} />
      </>
    ),
  }));
const noticeItems = (page: TNoticePage) =>
  page.items.map((n) => ({ id: n.id, href: `/notices/${n.id}`, title: n.title || n.number || "", day: n.responseDueDate, meta: <NoticeKindBadge kind={n.kind} /> }));

/** 工作台 for departments, 督办台 for supervisors. */
export default async function WorkbenchPage() {
  const actor = await requireActor();
  const [t, locale] = await Promise.all([getTranslations("workbench"), getLocale()]);
  const context = warningContext();
  if (can(actor, "task:review")) {
    const c = await supervisorConsole(actor, context);
    return (
      <div className="grid gap-4">
        <div>
          <h1 className="text-lg font-semibold">{t("consoleTitle")}</h1>
          <p className="text-sm text-muted-foreground">{t("greeting", { name: actor.name })}</p>
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <WorkbenchSection testId="to-review" title={t("toReview")} total={c.submitted.total} items={taskItems(c.submitted, context.today)} allHref="/tasks?status=submitted" />
          <WorkbenchSection
            testId="extensions"
            title={t("extensions")}
            total={c.extensions.length}
            items={c.extensions.map((e) => ({ id: e.id, href: `/tasks/${e.taskId}`, title: e.title, meta: t("extensionAsk", { name: e.requesterName, to: formatDay(e.requestedDueDate, locale) }) }))}
          />
          <WorkbenchSection testId="awaiting-answer" title={t("awaitingAnswer")} total={c.awaitingAnswer.total} items={noticeItems(c.awaitingAnswer)} allHref="/notices?status=signed" />
          <WorkbenchSection testId="to-close" title={t("toClose")} total={c.toClose.total} items={noticeItems(c.toClose)} allHref="/notices?status=responded" />
          <WorkbenchSection testId="drafts" title={t("draftsToReview")} total={c.drafts.total} items={noticeItems(c.drafts)} allHref="/notices?status=draft" />
          <WorkbenchSection testId="red-list" title={t("redList")} total={c.red.total} items={taskItems(c.red, context.today)} allHref="/tasks?warning=red" />
        </div>
      </div>
    );
  }
  const w = await departmentWorkbench(actor, context);
  const lead = actor.departmentId ? `&department=${actor.departmentId}&role=lead` : "";
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground">{t("greeting", { name: actor.name })}</p>
        </div>
        <Link href="/assessment" className="text-sm text-primary hover:underline">
          {t("ownAssessment")}
        </Link>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <WorkbenchSection testId="to-sign" title={t("toSign")} total={w.toSign.total} items={taskItems(w.toSign, context.today)} allHref={`/tasks?status=assigned${lead}`} />
        <WorkbenchSection testId="warned" title={t("warned")} total={w.warned.total} items={taskItems(w.warned, context.today)} allHref="/tasks?status=in_progress&warning=red" />
        <WorkbenchSection
          testId="due-this-week"
          title={t("dueThisWeek")}
          total={w.dueThisWeek.total}
          items={taskItems(w.dueThisWeek, context.today)}
          allHref={`/tasks?dueFrom=${context.today}&dueTo=${addDaysTo(context.today, 6)}&status=assigned,in_progress,submitted`}
        />
        <WorkbenchSection testId="returned" title={t("returned")} total={w.returned.total} items={taskItems(w.returned, context.today)} allHref="/tasks?returned=true" />
        <WorkbenchSection testId="notices-to-sign" title={t("noticesToSign")} total={w.noticesToSign.total} items={noticeItems(w.noticesToSign)} allHref="/notices?status=issued" />
        <WorkbenchSection testId="notices-to-answer" title={t("noticesToAnswer")} total={w.noticesToAnswer.total} items={noticeItems(w.noticesToAnswer)} allHref="/notices?status=signed" />
      </div>
    </div>
  );
}
