import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { TUserStatus } from "@/lib/domain/codes";
import { cn } from "@/lib/utils";
import { PageSizeField } from "@/components/shell/page-size-field";
import { pageSizeParam, type TPageSize } from "@/lib/pagination";

const VIEWS: (TUserStatus | undefined)[] = [undefined, "pending", "active", "disabled"];

/** A plain GET form and links: filters survive reloads and need no JavaScript. */
export async function UserFilters({ status, q, pending, size }: { status?: TUserStatus | undefined; q?: string | undefined; pending: number; size: TPageSize }) {
  const t = await getTranslations("admin");
  const ts = await getTranslations("userStatuses");
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="flex flex-wrap gap-1" role="group" aria-label={t("filterStatus")}>
        {VIEWS.map((view) => {
          const params = new URLSearchParams(pageSizeParam(size));
          if (view) params.set("status", view);
          if (q) params.set("q", q);
          const active = view === status;
          return (
            <Link
              key={view ?? "all"}
              href={`/admin/users${params.size ? `?${params}` : ""}`}
              aria-current={active ? "page" : undefined}
              className={cn(
                "inline-flex items-center gap-1 rounded-md border px-2.5 py-1 text-sm",
                active ? "border-primary bg-primary/5 font-medium" : "border-border bg-background hover:bg-muted",
              )}
            >
              {view ? ts(view) : t("allUsers")}
              {view === "pending" && pending > 0 ? <Badge tone="red">{pending}</Badge> : null}
            </Link>
          );
        })}
      </div>
      <form className="flex gap-1" role="search">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <PageSizeField size={size} />
        <Input name="q" defaultValue={q} placeholder={t("searchUsers")} aria-label={t("searchUsers")} className="w-44" maxLength={50} />
        <Button type="submit" variant="outline">
          {t("search")}
        </Button>
      </form>
    </div>
  );
}
