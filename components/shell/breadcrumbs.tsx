import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Fragment } from "react";

export type TCrumb = { label: string; href?: string };

/** The way back up from a detail page: each step links to its list (the page itself is the h1, not repeated). */
export async function Breadcrumbs({ items }: { items: TCrumb[] }) {
  const t = await getTranslations("shell");
  return (
    <nav aria-label={t("breadcrumbs")} className="text-xs text-muted-foreground">
      {/* Spans, not <ol>: the page's timeline is its one ordered list. */}
      <div className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => (
          <Fragment key={`${index}-${item.label}`}>
            {index > 0 ? <span aria-hidden>›</span> : null}
            <span className="min-w-0">
              {item.href ? (
                <Link href={item.href} className="underline underline-offset-2 hover:text-primary">
                  {item.label}
                </Link>
              ) : (
                item.label
              )}
            </span>
          </Fragment>
        ))}
      </div>
    </nav>
  );
}
