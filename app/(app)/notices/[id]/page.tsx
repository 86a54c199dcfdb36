import { Breadcrumbs } from "@/components/shell/breadcrumbs";
import { Printer } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { InstructionForm } from "@/components/notices/instruction-form";
import { NoticeActions } from "@/components/notices/notice-actions";
import { LateBadge, NoticeKindBadge, NoticeStatusBadge } from "@/components/notices/notice-badges";
import { NoticeResponseForm } from "@/components/notices/notice-response-form";
import { SendDraftForm } from "@/components/notices/send-draft-form";
import { StatusBadge } from "@/components/tasks/task-badges";
import { buttonVariants } from "@/components/ui/button-variants";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getNoticeDetail } from "@/db/queries/notices/notice-detail";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/http/or-not-found";
import { addDaysTo } from "@/lib/domain/calendar";
import { noticeCapabilities } from "@/lib/domain/capabilities/notice";
import { NOTICE_ACTIONS } from "@/lib/domain/notice-rules";
import { AttachmentLinks } from "@/components/shell/attachment-links";
import { formatDay, formatMoment } from "@/lib/format";
import { warningContext } from "@/lib/warning-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notices"))("detailTitle") };
}

export default async function NoticePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const context = warningContext();
  const detail = await orNotFound(getNoticeDetail(actor, id, context));
  const { notice } = detail;
  const [t, tt, locale] = await Promise.all([getTranslations("notices"), getTranslations("noticeTimeline"), getLocale()]);
  // Every "may I" below comes from the one capability table the notice services assert.
  const capabilities = noticeCapabilities(notice, actor);
  const actions = NOTICE_ACTIONS.filter((action) => capabilities[action].allowed);
  const canDraft = capabilities.draft_response.allowed;
  const canRespond = capabilities.respond.allowed;
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1.5">
          <Breadcrumbs items={[{ label: t("title"), href: "/notices" }]} />
          <p className="text-sm text-muted-foreground">{notice.number ?? t("unnumbered")}</p>
          <h1 className="text-lg font-semibold">{notice.title || t("detailTitle")}</h1>
          <div className="flex flex-wrap gap-2">
            <NoticeKindBadge kind={notice.kind} />
            <NoticeStatusBadge status={notice.status} />
            {detail.late ? <LateBadge /> : null}
          </div>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {notice.status !== "draft" ? (
            <Link className={buttonVariants({ variant: "outline" })} href={`/notices/${notice.id}/print`} target="_blank">
              <Printer aria-hidden />
              {t("print")}
            </Link>
          ) : null}
          <NoticeActions id={notice.id} version={notice.version} actions={actions.filter((a) => a !== "draft_response" && a !== "respond")} />
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="grid content-start gap-4">
          <Card>
            <CardContent className="grid gap-3 text-sm">
              <dl className="grid grid-cols-[6rem_1fr] gap-y-2">
                <dt className="text-muted-foreground">{t("recipient")}</dt>
                <dd>{detail.departmentName ?? t("allDepartments")}</dd>
                <dt className="text-muted-foreground">{t("responseDue")}</dt>
                <dd>{formatDay(notice.responseDueDate, locale)}</dd>
                <dt className="text-muted-foreground">{t("issuedAt")}</dt>
                <dd>{notice.issuedAt ? `${formatMoment(notice.issuedAt, locale, context.timeZone)} · ${detail.issuerName ?? ""}` : "—"}</dd>
                <dt className="text-muted-foreground">{t("tasks")}</dt>
                <dd>
                  <ul className="grid gap-1">
                    {detail.tasks.map((task) => (
                      <li key={task.id} className="flex flex-wrap items-center gap-2">
                        <Link className="hover:underline" href={`/tasks/${task.id}`}>
                          {task.title}
                        </Link>
                        <StatusBadge status={task.status} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </dl>
              <p className="border-t border-border pt-3 whitespace-pre-wrap">{notice.content}</p>
            </CardContent>
          </Card>

          {capabilities.sendDraft.allowed ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("reviewDraft")}</CardTitle>
              </CardHeader>
              <CardContent>
                <SendDraftForm
                  id={notice.id}
                  version={notice.version}
                  content={notice.content}
                  asksForAnswer={notice.kind !== "circular"}
                  responseDueDate={notice.kind === "circular" ? "" : (notice.responseDueDate ?? addDaysTo(context.today, 7))}
                />
              </CardContent>
            </Card>
          ) : null}

          {notice.response ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("response")}</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-2 text-sm">
                <p className="whitespace-pre-wrap">{notice.response}</p>
                <AttachmentLinks files={detail.attachments} />
                {notice.respondedAt ? <p className="text-xs text-muted-foreground">{formatMoment(notice.respondedAt, locale, context.timeZone)}</p> : null}
              </CardContent>
            </Card>
          ) : null}

          {canDraft || canRespond ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("answer")}</CardTitle>
              </CardHeader>
              <CardContent>
                {notice.draftResponse && detail.drafterName ? <p className="mb-2 text-xs text-muted-foreground">{t("draftBy", { name: detail.drafterName })}</p> : null}
                <NoticeResponseForm key={notice.version} id={notice.id} version={notice.version} draft={notice.draftResponse} canRespond={canRespond} />
              </CardContent>
            </Card>
          ) : null}
        </div>

        <div className="grid content-start gap-4">
          {capabilities.writeInstruction.allowed ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("instruction")}</CardTitle>
              </CardHeader>
              <CardContent>
                <InstructionForm noticeId={notice.id} />
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>{t("timeline")}</CardTitle>
            </CardHeader>
            <CardContent>
              <ol className="grid gap-3 border-l-2 border-border pl-4 text-sm">
                {detail.timeline.map((item, index) => (
                  <li key={index}>
                    <p className="text-xs text-muted-foreground">{formatMoment(item.at, locale, context.timeZone)}</p>
                    {item.type === "instruction" ? (
                      <p>
                        <span className="font-medium">{item.actorName}</span> {tt("instruction")}：{item.content}
                      </p>
                    ) : (
                      <p>
                        <span className="font-medium">{item.actorName ?? tt("system")}</span>{" "}
                        {tt.has(item.action.replace("notice.", "")) ? tt(item.action.replace("notice.", "")) : item.action}
                        {typeof (item.data as { reason?: unknown }).reason === "string" ? `：${(item.data as { reason: string }).reason}` : ""}
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            </CardContent>
          </Card>
        </div>
      </div>
    </div>
  );
}
