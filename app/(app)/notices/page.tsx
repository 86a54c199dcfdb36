import { Plus } from "lucide-react";
import { oneParam } from "@/lib/validation/common";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { MonthlyCircularForm } from "@/components/notices/monthly-circular-form";
import { LateBadge, NoticeKindBadge, NoticeStatusBadge } from "@/components/notices/notice-badges";
import { Pager } from "@/components/shell/pager";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/shell/empty-state";
import { buttonVariants } from "@/components/ui/button-variants";
import { DataTable } from "@/components/ui/data-table";
import { listNotices } from "@/db/queries/notices/list-notices";
import { requireActor } from "@/lib/auth/current-actor";
import { NOTICE_KINDS, NOTICE_STATUSES, type TNoticeKind, type TNoticeStatus } from "@/lib/domain/codes";
import { can } from "@/lib/domain/permissions";
import { formatDay } from "@/lib/format";
import { DEFAULT_PAGE_SIZE, pagingLinks, parsePaging } from "@/lib/pagination";
import { cn } from "@/lib/utils";
import { warningContext } from "@/lib/warning-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("notices") };
}

export default async function NoticesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const params = { status: oneParam(raw.status), kind: oneParam(raw.kind) };
  const paging = parsePaging(raw, "cursor");
  const status = (NOTICE_STATUSES as readonly string[]).includes(params.status ?? "") ? (params.status as TNoticeStatus) : undefined;
  const kind = (NOTICE_KINDS as readonly string[]).includes(params.kind ?? "") ? (params.kind as TNoticeKind) : undefined;
  const context = warningContext();
  const [t, ts, tk, locale, page] = await Promise.all([
    getTranslations("notices"),
    getTranslations("noticeStatuses"),
    getTranslations("noticeKinds"),
    getLocale(),
    listNotices(actor, { status, kind, cursor: paging.cursor, limit: paging.size }, context),
  ]);
  const statuses = NOTICE_STATUSES.filter((s) => s !== "draft" || can(actor, "notice:issue"));
  const href = (next: { status?: string | undefined; kind?: string | undefined }) => {
    const q = new URLSearchParams();
    const s = "status" in next ? next.status : status;
    const k = "kind" in next ? next.kind : kind;
    if (s) q.set("status", s);
    if (k) q.set("kind", k);
    if (paging.size !== DEFAULT_PAGE_SIZE) q.set("size", String(paging.size));
    return `/notices${q.size ? `?${q}` : ""}`;
  };
  const chip = (active: boolean) =>
    cn("rounded-md border px-2.5 py-1 text-sm", active ? "border-primary bg-primary/5 font-medium" : "border-border bg-background hover:bg-muted");
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-3">
      <PageHeader
        title={t("title")}
        actions={
          can(actor, "notice:issue") ? (
            <>
              <MonthlyCircularForm defaultMonth={warningContext().today.slice(0, 7)} />
              <Link className={buttonVariants()} href="/notices/new">
                <Plus aria-hidden />
                {t("create")}
              </Link>
            </>
          ) : null
        }
      />
      <nav className="flex flex-wrap gap-1" aria-label={t("byStatus")}>
        <Link className={chip(!status)} href={href({ status: undefined })}>
          {t("all")}
        </Link>
        {statuses.map((s) => (
          <Link key={s} className={chip(status === s)} href={href({ status: s })} aria-current={status === s ? "true" : undefined}>
            {ts(s)}
          </Link>
        ))}
      </nav>
      <nav className="flex flex-wrap gap-1" aria-label={t("byKind")}>
        <Link className={chip(!kind)} href={href({ kind: undefined })}>
          {t("allKinds")}
        </Link>
        {NOTICE_KINDS.map((k) => (
          <Link key={k} className={chip(kind === k)} href={href({ kind: k })} aria-current={kind === k ? "true" : undefined}>
            {tk(k)}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-muted-foreground">{t("total", { n: page.total })}</p>
      {page.items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable
          rows={page.items}
          rowKey={(row) => row.id}
          rowProps={(row) => ({ "data-notice-id": row.id })}
          caption={t("title")}
          columns={[
            {
              key: "number",
              header: t("number"),
              className: "whitespace-nowrap",
              card: "title",
              cell: (row) => (
                <Link href={`/notices/${row.id}`} className="font-medium underline-offset-2 hover:text-primary hover:underline">
                  {row.number ?? t("unnumbered")}
                </Link>
              ),
            },
            { key: "subject", header: t("subject"), className: "max-w-sm", card: "plain", cell: (row) => row.title || "—" },
            { key: "kind", header: t("kind"), cell: (row) => <NoticeKindBadge kind={row.kind} /> },
            { key: "recipient", header: t("recipient"), hideBelow: "md", cell: (row) => row.departmentName ?? t("allDepartments") },
            { key: "due", header: t("responseDue"), className: "whitespace-nowrap", cell: (row) => formatDay(row.responseDueDate, locale) },
            {
              key: "status",
              header: t("status"),
              cell: (row) => (
                <span className="inline-flex flex-wrap gap-1">
                  <NoticeStatusBadge status={row.status} />
                  {row.late ? <LateBadge /> : null}
                </span>
              ),
            },
          ]}
        />
      )}
      <Pager links={pagingLinks("/notices", new URLSearchParams({ ...(status ? { status } : {}), ...(kind ? { kind } : {}) }), "cursor", paging, page.nextCursor)} />
    </div>
  );
}
