import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/shell/empty-state";
import { Pager } from "@/components/shell/pager";
import { DataTable } from "@/components/ui/data-table";
import type { TPagingLinks } from "@/lib/pagination";
import type { TAuditListItem } from "@/db/queries/audit-events";
import { AUDIT_CATEGORIES } from "@/lib/domain/audit-categories";
import { formatMoment } from "@/lib/format";
import { describeAuditData } from "@/lib/domain/audit-description";
import { AuditData } from "./audit-data";

// Objects that have a page of their own link to it.
const ENTITY_PAGES: Record<string, string> = { task: "/tasks/", notice: "/notices/", plan: "/plans/" };

/** An IPv4 client seen through an IPv6 socket reads as plain IPv4. */
function displayIp(ip: string | null): string {
  if (!ip) return "—";
  return ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}

function categoryOf(action: string): string | null {
  const head = action.split(".")[0] ?? "";
  return (AUDIT_CATEGORIES as readonly string[]).includes(head) ? head : null;
}

/** The audit events of one page; each row's recorded data opens in place. */
export async function AuditTable({ events, timeZone, paging, names }: { events: TAuditListItem[]; timeZone: string; paging: TPagingLinks; names: Map<string, string> }) {
  const t = await getTranslations("audit");
  const ts = await getTranslations("auditSeal");
  const tr = await getTranslations();
  const actionName = (action: string) => (tr.has(`auditActions.${action}`) ? tr(`auditActions.${action}`) : null);
  const locale = await getLocale();
  const entityLabel = (type: string) => (t.has(`entityTypes.${type}`) ? t(`entityTypes.${type}`) : type);
  if (events.length === 0) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  return (
    <div className="grid gap-2">
      <DataTable
        rows={events}
        rowKey={(event) => String(event.id)}
        rowProps={(event) => ({ "data-action": event.action })}
        caption={t("title")}
        columns={[
          { key: "id", header: t("id"), className: "w-16 font-mono text-xs text-muted-foreground", card: "hidden", cell: (event) =>
              event.position === null ? (
                <span className="grid">
                  {event.id}
                  {/* Committed, not yet chained by the sealer (ADR 018): usually for under a second. */}
                  <span className="text-amber-700" title={ts("pendingHint")}>
                    {ts("pending")}
                  </span>
                </span>
              ) : (
                event.id
              ),
          },
          { key: "at", header: t("at"), className: "whitespace-nowrap", card: "plain", cell: (event) => formatMoment(event.at, locale, timeZone) },
          { key: "actor", header: t("actor"), cell: (event) => (event.actorAccount ? `${event.actorName}（${event.actorAccount}）` : t("noActor")) },
          {
            key: "action",
            header: t("action"),
            card: "title",
            cell: (event) => {
              const category = categoryOf(event.action);
              // The catalogue's name (签收任务); the code stays beside it, small, for the auditor.
              return (
                <>
                  <span>{actionName(event.action) ?? (category ? t(`categories.${category}`) : t("otherCategory"))}</span>{" "}
                  <code className="font-mono text-[0.7rem] font-normal text-muted-foreground">{event.action}</code>
                </>
              );
            },
          },
          {
            key: "entity",
            header: t("entity"),
            hideBelow: "md",
            className: "max-w-56 sm:truncate",
            cell: (event) => {
              const page = event.entityType && event.entityId ? ENTITY_PAGES[event.entityType] : undefined;
              return (
                <span>
                  {event.entityType ? (
                    page ? (
                      <Link className="text-primary underline underline-offset-2" href={`${page}${event.entityId}`}>
                        {entityLabel(event.entityType)}
                      </Link>
                    ) : (
                      <span>{entityLabel(event.entityType)}</span>
                    )
                  ) : (
                    "—"
                  )}
                  {event.entityId ? <span className="ml-1 font-mono text-xs text-muted-foreground">{event.entityId}</span> : null}
                </span>
              );
            },
          },
          { key: "ip", header: t("ip"), hideBelow: "lg", className: "font-mono text-xs", cell: (event) => displayIp(event.ip) },
          {
            key: "data",
            header: t("data"),
            className: "sm:min-w-56",
            card: "plain",
            cell: (event) => (
              <AuditData rows={describeAuditData(event.action, event.data)} raw={event.data} names={names} locale={locale} timeZone={timeZone} />
            ),
          },
        ]}
      />
      <Pager links={paging} />
    </div>
  );
}
