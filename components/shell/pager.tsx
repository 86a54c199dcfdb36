import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TPagingLinks } from "@/lib/pagination";
import { cn } from "@/lib/utils";

const link = "text-primary hover:underline";

/**
 * The links under a keyset-paged list: 第一页, 上一页, 下一页 and the page
 * size. All plain links, so the URL is the whole state and can be shared.
 */
export async function Pager({ links }: { links: TPagingLinks }) {
  const t = await getTranslations("paging");
  return (
    <nav className="flex flex-wrap items-center justify-between gap-3 text-sm" aria-label={t("pages")}>
      <span className="flex items-center gap-2 text-muted-foreground" role="group" aria-label={t("size")}>
        {t("size")}
        {links.sizes.map(({ size, href, current }) => (
          <Link
            key={size}
            href={href}
            aria-label={t("sizeOption", { n: size })}
            aria-current={current ? "true" : undefined}
            className={cn("rounded px-1.5", current ? "bg-muted font-medium text-foreground" : link)}
          >
            {size}
          </Link>
        ))}
      </span>
      <span className="flex gap-3">
        {links.first && links.previous !== links.first ? (
          <Link className={link} href={links.first}>
            {t("first")}
          </Link>
        ) : null}
        {links.previous ? (
          <Link className={link} href={links.previous} rel="prev">
            {t("previous")}
          </Link>
        ) : null}
        {links.next ? (
          <Link className={link} href={links.next} rel="next">
            {t("next")}
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
