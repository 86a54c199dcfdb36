import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { VerifyChainButton } from "@/components/admin/verify-chain-button";
import { auditReferenceNames, listAuditEvents } from "@/db/queries/audit-events";
import { describeAuditData, referencedIds } from "@/lib/domain/audit-description";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";
import { getEnv } from "@/lib/env";
import { pagingLinks, parsePaging } from "@/lib/pagination";
import { parseAuditFilterParams } from "@/lib/validation/audit-filter-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "audit:read")) forbidden();
  const raw = await searchParams;
  const filter = parseAuditFilterParams(raw);
  const paging = parsePaging(raw, "before");
  const timeZone = getEnv().APP_TIMEZONE;
  const page = await listAuditEvents(actor, { ...filter, limit: paging.size }, timeZone);
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries({ category: filter.category, account: filter.account, from: filter.from, to: filter.to, entity: filter.entityId })) {
    if (value) next.set(key, value);
  }
  const t = await getTranslations("audit");
  const names = await auditReferenceNames(actor, [...new Set(page.items.flatMap((event) => referencedIds(describeAuditData(event.action, event.data))))]);
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
        <VerifyChainButton />
      </div>
      <AuditFilters filter={filter} size={paging.size} />
      <AuditTable names={names} events={page.items} timeZone={timeZone} paging={pagingLinks("/admin/audit", next, "before", paging, page.nextBefore ? String(page.nextBefore) : null)} />
    </div>
  );
}
