import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/shell/empty-state";
import { NextPageLink } from "@/components/shell/next-page-link";
import { Table, Td, Th } from "@/components/ui/table";
import type { TAuditListItem } from "@/db/queries/audit-events";
import { AUDIT_CATEGORIES } from "@/lib/domain/audit-categories";
import { formatMoment } from "@/lib/format";

// Objects that have a page of their own link to it.
const ENTITY_PAGES: Record<string, string> = { task: "/tasks/", notice: "/notices/", plan: "/plans/" };

function categoryOf(action: string): string | null {
  const head = action.split(".")[0] ?? "";
  return (AUDIT_CATEGORIES as readonly string[]).includes(head) ? head : null;
}

/** The audit events of one page; each row's recorded data opens in place. */
export async function AuditTable({ events, timeZone, nextHref }: { events: TAuditListItem[]; timeZone: string; nextHref: string | null }) {
  const t = await getTranslations("audit");
  const locale = await getLocale();
  const entityLabel = (type: string) => (t.has(`entityTypes.${type}`) ? t(`entityTypes.${type}`) : type);
  if (events.length === 0) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  return (
    <div className="grid gap-2">
      <div className="overflow-x-auto">
        <Table>
          <thead>
            <tr>
              <Th className="w-16">{t("id")}</Th>
              <Th>{t("at")}</Th>
              <Th>{t("actor")}</Th>
              <Th>{t("action")}</Th>
              <Th className="hidden md:table-cell">{t("entity")}</Th>
              <Th className="hidden lg:table-cell">{t("ip")}</Th>
              <Th>{t("data")}</Th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => {
              const category = categoryOf(event.action);
              const page = event.entityType && event.entityId ? ENTITY_PAGES[event.entityType] : undefined;
              return (
                <tr key={event.id} data-action={event.action} className="align-top">
                  <Td className="font-mono text-xs text-muted-foreground">{event.id}</Td>
                  <Td className="whitespace-nowrap">{formatMoment(event.at, locale, timeZone)}</Td>
                  <Td>{event.actorAccount ? `${event.actorName}（${event.actorAccount}）` : t("noActor")}</Td>
                  <Td>
                    <span>{category ? t(`categories.${category}`) : t("otherCategory")}</span>{" "}
                    <code className="font-mono text-xs text-muted-foreground">{event.action}</code>
                  </Td>
                  <Td className="hidden max-w-56 truncate md:table-cell">
                    {event.entityType ? (
                      page ? (
                        <Link className="text-primary hover:underline" href={`${page}${event.entityId}`}>
                          {entityLabel(event.entityType)}
                        </Link>
                      ) : (
                        <span>{entityLabel(event.entityType)}</span>
                      )
                    ) : (
                      "—"
                    )}
                    {event.entityId ? <span className="ml-1 font-mono text-xs text-muted-foreground">{event.entityId}</span> : null}
                  </Td>
                  <Td className="hidden font-mono text-xs lg:table-cell">{event.ip ?? "—"}</Td>
                  <Td className="min-w-40">
                    <details>
                      <summary className="cursor-pointer text-primary">{t("show")}</summary>
                      <pre className="mt-1 max-h-64 max-w-[28rem] overflow-auto rounded bg-muted p-2 text-xs whitespace-pre-wrap break-all">
                        {JSON.stringify(event.data, null, 2)}
                      </pre>
                    </details>
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </div>
      <NextPageLink href={nextHref} label={t("nextPage")} />
    </div>
  );
}
