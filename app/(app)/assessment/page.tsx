import { DownloadButton } from "@/components/shell/download-button";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { AssessmentItems } from "@/components/assessment/assessment-items";
import { assessDepartment } from "@/db/queries/assessment";
import { assessmentScores } from "@/db/queries/assessment-scores";
import { assessmentRules } from "@/lib/assessment-rules";
import { requireActor } from "@/lib/auth/current-actor";
import { ASSESSMENT_RULE_KEYS } from "@/lib/domain/assessment";
import { cn } from "@/lib/utils";
import { warningContext } from "@/lib/warning-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessment"))("title") };
}

/** 考核: each department's score for a year, every point traceable to the task or notice that caused it. */
export default async function AssessmentPage({ searchParams }: { searchParams: Promise<{ year?: string; department?: string }> }) {
  const actor = await requireActor();
  const context = warningContext();
  const thisYear = Number(context.today.slice(0, 4));
  const params = await searchParams;
  const requested = Number(params.year);
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= thisYear + 1 ? requested : thisYear;
  const rules = assessmentRules();
  // The scores come from counts; the items behind them only for the department opened (?department=).
  const opened = params.department && /^[0-9a-f-]{36}$/i.test(params.department) ? params.department : null;
  const [t, ti, locale, results, detail] = await Promise.all([
    getTranslations("assessment"),
    getTranslations("indicators"),
    getLocale(),
    assessmentScores(actor, year, context, rules),
    opened ? assessDepartment(actor, year, opened, context.today, context.timeZone, rules) : null,
  ]);
  const years = [thisYear - 2, thisYear - 1, thisYear];
  const ranked = results.filter((r) => r.rank !== null);
  const apart = results.filter((r) => r.rank === null);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold">{t("title", { year })}</h1>
          <p className="text-sm text-muted-foreground">
            {t("rules", {
              base: rules.base,
              leadOverdue: rules.leadOverdue,
              cooperatingOverdue: rules.cooperatingOverdue,
              circular: rules.circular,
              late: rules.lateNoticeResponse,
              onTime: rules.onTimeCompletion,
              cap: rules.onTimeCompletionCap,
            })}
          </p>
          <p className="text-xs text-muted-foreground">{t("antiFormalism")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <nav className="flex gap-1" aria-label={t("year")}>
            {years.map((y) => (
              <Link
                key={y}
                href={`/assessment?year=${y}`}
                aria-current={y === year ? "true" : undefined}
                className={cn("rounded-md border px-2.5 py-1 text-sm", y === year ? "border-primary bg-primary/5 font-medium" : "border-border bg-background hover:bg-muted")}
              >
                {y}
              </Link>
            ))}
          </nav>
          <DownloadButton href={`/api/assessment/export?year=${year}`}>{t("export")}</DownloadButton>
        </div>
      </div>
      <Table>
        <thead>
          <tr>
            <Th className="num w-10">#</Th>
            <Th>{t("department")}</Th>
            <Th className="num">{t("score")}</Th>
            {ASSESSMENT_RULE_KEYS.map((key) => (
              <Th key={key} className="num hidden md:table-cell">
                {t(`rule.${key}`)}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody className="bg-background">
          {ranked.map((r) => (
            <tr key={r.departmentId} data-department={r.departmentName}>
              <Td className="num">{r.rank}</Td>
              <Td>
                {detail?.departmentId === r.departmentId ? (
                  <details open id={r.departmentId}>
                    <summary className="cursor-pointer">{r.departmentName}</summary>
                    <AssessmentItems items={detail.items} byIndicator={detail.byIndicator} locale={locale} ruleName={(rule) => t(`rule.${rule}`)} contributionLabel={ti("contribution")} />
                  </details>
                ) : r.itemCount ? (
                  <Link className="hover:underline" href={`/assessment?year=${year}&department=${r.departmentId}#${r.departmentId}`}>
                    {r.departmentName}
                  </Link>
                ) : (
                  r.departmentName
                )}
              </Td>
              <Td className="num font-semibold" data-testid="score">
                {r.score}
              </Td>
              {ASSESSMENT_RULE_KEYS.map((key) => (
                <Td key={key} className="num hidden md:table-cell">
                  {r.totals[key] || "—"}
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      {apart.length ? (
        <section className="grid gap-1" data-testid="unassessed" aria-labelledby="unassessed-title">
          <h2 id="unassessed-title" className="text-base font-semibold">
            {t("unassessed")} <span className="num text-sm font-normal text-muted-foreground">{apart.length}</span>
          </h2>
          <p className="text-sm text-muted-foreground">{t("unassessedHint")}</p>
          <ul className="flex flex-wrap gap-1.5 text-sm">
            {apart.map((r) => (
              <li key={r.departmentId} data-department={r.departmentName} className="rounded border border-border bg-background px-2 py-0.5">
                {r.departmentName}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
