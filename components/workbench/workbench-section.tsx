import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDay } from "@/lib/format";

export type TWorkbenchItem = { id: string; href: string; title: string; meta?: ReactNode; day?: string | null };

/** One pile of work: its title and total, the first few items, and a link to all of them. */
export async function WorkbenchSection({
  title,
  total,
  items,
  allHref,
  testId,
}: {
  title: string;
  /** A list's total, or a capped one ({ n: 1000, more: true } shows 1000+). */
  total: number | { n: number; more: boolean };
  items: TWorkbenchItem[];
  allHref?: string;
  testId: string;
}) {
  const t = await getTranslations("workbench");
  const locale = await getLocale();
  const { n, more } = typeof total === "number" ? { n: total, more: false } : total;
  return (
    <Card data-testid={testId}>
      <CardHeader>
        <CardTitle>
          {title} <span className="num ml-1 rounded bg-muted px-1.5 text-sm font-normal" data-testid={`${testId}-total`}>
            {n}
            {more ? "+" : null}
          </span>
        </CardTitle>
        {allHref && n > 0 ? (
          <Link href={allHref} className="text-xs text-primary underline underline-offset-2">
            {t("all")}
          </Link>
        ) : null}
      </CardHeader>
      <CardContent className="p-0">
        {items.length === 0 ? (
          <p className="px-4 py-3 text-sm text-muted-foreground">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-border">
            {items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1 px-3 py-2 text-sm sm:px-4">
                <Link href={item.href} className="min-w-0 hover:text-primary hover:underline">
                  {item.title}
                </Link>
                <span className="flex shrink-0 flex-wrap items-center gap-2 text-xs whitespace-nowrap text-muted-foreground">
                  {item.meta}
                  {item.day ? formatDay(item.day, locale) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
