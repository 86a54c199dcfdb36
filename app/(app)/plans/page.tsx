import { forbidden } from "next/navigation";
import { FileUp } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PlanStatusBadge } from "@/components/plans/plan-badges";
import { EmptyState } from "@/components/shell/empty-state";
import { buttonVariants } from "@/components/ui/button-variants";
import { Table, Td, Th } from "@/components/ui/table";
import { listPlansWithCounts } from "@/db/queries/plan-overview";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";
import { formatMoment } from "@/lib/format";
import { getEnv } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("title") };
}

export default async function PlansPage() {
  const actor = await requireActor();
  if (!can(actor, "data:read_all")) forbidden();
  const [t, locale, rows] = await Promise.all([getTranslations("plans"), getLocale(), listPlansWithCounts(actor)]);
  const canImport = can(actor, "plan:import");
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground">{t("subtitle")}</p>
        </div>
        {canImport ? (
          <Link className={buttonVariants()} href="/plans/import">
            <FileUp aria-hidden />
            {t("import")}
          </Link>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")}>
          {canImport ? (
            <Link className="text-primary hover:underline" href="/plans/import">
              {t("emptyImport")}
            </Link>
          ) : null}
        </EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t("plan")}</Th>
              <Th className="num">{t("year")}</Th>
              <Th>{t("status")}</Th>
              <Th className="num">{t("goals")}</Th>
              <Th className="num">{t("tasks")}</Th>
              <Th className="hidden num sm:table-cell">{t("drafts")}</Th>
              <Th className="hidden md:table-cell">{t("createdAt")}</Th>
            </tr>
          </thead>
          <tbody className="bg-background">
            {rows.map((row) => (
              <tr key={row.id} data-plan-id={row.id}>
                <Td className="max-w-md">
                  <Link href={`/plans/${row.id}`} className="font-medium hover:text-primary hover:underline">
                    {row.title}
                  </Link>
                </Td>
                <Td className="num">{row.year}</Td>
                <Td>
                  <PlanStatusBadge status={row.status} />
                </Td>
                <Td className="num">{row.goals}</Td>
                <Td className="num">{row.tasks}</Td>
                <Td className="hidden num sm:table-cell">{row.drafts}</Td>
                <Td className="hidden whitespace-nowrap md:table-cell">{formatMoment(row.createdAt, locale, getEnv().APP_TIMEZONE)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
