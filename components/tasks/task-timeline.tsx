import { getLocale, getTranslations } from "next-intl/server";
import type { TTaskDetail } from "@/db/queries/tasks/task-detail";
import { AttachmentLinks } from "@/components/shell/attachment-links";
import { formatDay, formatMoment } from "@/lib/format";
import { CarriedLine } from "./carried-line";

type TData = Record<string, unknown>;
const text = (value: unknown) => (typeof value === "string" && value ? value : null);

/** One timeline, newest first: transitions, progress reports, extension requests and decisions, owner and milestone changes. */
export async function TaskTimeline({ items, timeZone }: { items: TTaskDetail["timeline"]; timeZone: string }) {
  const t = await getTranslations("timeline");
  const tk = await getTranslations("noticeKinds");
  const locale = await getLocale();
  if (items.length === 0) return <p className="text-sm text-muted-foreground">{t("empty")}</p>;
  return (
    <ol className="grid gap-3 border-l-2 border-border pl-4">
      {items.map((item, index) => (
        <li key={index} className="relative text-sm">
          <span className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-primary ring-2 ring-background" aria-hidden />
          <p className="text-xs text-muted-foreground">{formatMoment(item.at, locale, timeZone)}</p>
          {item.type === "instruction" ? (
            <p className="mt-0.5 rounded-md border-l-4 border-red-600 bg-red-50 px-2 py-1">
              <span className="font-medium">{item.actorName}</span> {t("instruction")}：{item.content}
            </p>
          ) : item.type === "notice" ? (
            <p className="mt-0.5">
              {t("noticeIssued", { kind: tk(item.notice.kind) })}{" "}
              <a className="text-primary hover:underline" href={`/notices/${item.notice.id}`}>
                {item.notice.number}
              </a>
            </p>
          ) : item.type === "carriedFrom" ? (
            <CarriedLine taskId={item.from.id} title={item.from.title} dueDate={item.from.dueDate} kind="from" locale={locale} />
          ) : item.type === "event" && item.action === "task.carry_over" && typeof (item.data as TData).successorId === "string" ? (
            <CarriedLine taskId={String((item.data as TData).successorId)} title={null} dueDate={text((item.data as TData).newDueDate)} kind="to" locale={locale} actorName={item.actorName} />
          ) : item.type === "progress" ? (
            <div className="mt-0.5 grid gap-1">
              <p>
                <span className="font-medium">{item.report.authorName}</span>
                {item.report.departmentName ? <span className="text-muted-foreground">（{item.report.departmentName}）</span> : null}{" "}
                {t("progress", { percent: item.report.percent })}
              </p>
              <p className="whitespace-pre-wrap">{item.report.note}</p>
              <AttachmentLinks files={item.report.attachments} />
            </div>
          ) : (
            <EventLine action={item.action} actorName={item.actorName} data={item.data as TData} t={t} locale={locale} />
          )}
        </li>
      ))}
    </ol>
  );
}

function EventLine({
  action,
  actorName,
  data,
  t,
  locale,
}: {
  action: string;
  actorName: string | null;
  data: TData;
  t: Awaited<ReturnType<typeof getTranslations<"timeline">>>;
  locale: string;
}) {
  const key = action.replace(/^task\./, "");
  const label = t.has(`actions.${key}`) ? t(`actions.${key}`) : action;
  const reason = text(data.reason);
  // 退回整改: the 办结说明 it sent back, shown with the return reason.
  const rejectedNote = text(data.rejectedNote);
  const from = text(data.from);
  const to = text(data.to);
  const isDateChange = key.startsWith("extension");
  return (
    <div className="mt-0.5 grid gap-0.5">
      <p>
        <span className="font-medium">{actorName ?? t("system")}</span> {label}
        {isDateChange && from && to ? <span className="text-muted-foreground"> {t("dateChange", { from: formatDay(from, locale), to: formatDay(to, locale) })}</span> : null}
      </p>
      {reason ? <p className="whitespace-pre-wrap text-muted-foreground">{reason}</p> : null}
      {rejectedNote ? (
        <p className="whitespace-pre-wrap rounded-md bg-muted px-2 py-1 text-muted-foreground" data-testid="rejected-note">
          {t("rejectedNote")}
          {rejectedNote}
        </p>
      ) : null}
    </div>
  );
}
