import { forbidden } from "next/navigation";
import { peekNextNoticeNumber } from "@/db/queries/notices/next-number";
import { issuingYear } from "@/lib/services/notices/issue-notice";
import { getEnv } from "@/lib/env";
import { clock } from "@/lib/clock";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { NoticeForm } from "@/components/notices/notice-form";
import { listActiveDepartments } from "@/db/queries/departments";
import { noticeKindsForTask } from "@/db/queries/notices/list-notices";
import { getTaskDetail } from "@/db/queries/tasks/task-detail";
import { requireActor } from "@/lib/auth/current-actor";
import { addDaysTo } from "@/lib/domain/calendar";
import { NOTICE_KINDS, type TNoticeKind } from "@/lib/domain/codes";
import { nextRung } from "@/lib/domain/notice-rules";
import { can } from "@/lib/domain/permissions";
import { isAppError } from "@/lib/errors";
import { isId } from "@/lib/validation/common";
import { warningContext } from "@/lib/warning-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("noticeForm"))("pageTitle") };
}


/** A notice starts from a task (the 督办 button on a task page offers the next rung of the ladder). */
export default async function NewNoticePage({ searchParams }: { searchParams: Promise<{ taskId?: string; kind?: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "notice:issue")) forbidden();
  const { taskId, kind } = await searchParams;
  const t = await getTranslations("noticeForm");
  const context = warningContext();
  const detail = isId(taskId) ? await getTaskDetail(actor, taskId, context).catch((e: unknown) => (isAppError(e) ? null : Promise.reject(e))) : null;
  if (!detail) {
    return (
      <div className="grid max-w-xl gap-2">
        <h1 className="text-lg font-semibold">{t("pageTitle")}</h1>
        <p className="text-sm text-muted-foreground">{t("startFromTask")}</p>
        <Link href="/tasks/overdue" className="text-sm text-primary hover:underline">
          {t("toOverdue")}
        </Link>
      </div>
    );
  }
  const chosen: TNoticeKind = (NOTICE_KINDS as readonly string[]).includes(kind ?? "") ? (kind as TNoticeKind) : nextRung(await noticeKindsForTask(detail.task.id));
  const departments = await listActiveDepartments();
  const env = getEnv();
  const nextNumber = await peekNextNoticeNumber(actor, env.NOTICE_PREFIX, issuingYear(clock.now(), env.APP_TIMEZONE));
  return (
    <div className="grid gap-4">
      <h1 className="text-lg font-semibold">{t("pageTitle")}</h1>
      <NoticeForm
        task={{ id: detail.task.id, title: detail.task.title, dueDate: detail.task.dueDate }}
        kind={chosen}
        departments={departments}
        leadDepartmentId={detail.lead?.id ?? null}
        responseDueDate={addDaysTo(context.today, 7)}
        next={{ number: nextNumber, issuer: env.ISSUER_NAME, today: context.today }}
      />
    </div>
  );
}
