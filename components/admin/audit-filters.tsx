import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { buttonVariants } from "@/components/ui/button-variants";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TAuditFilter } from "@/db/queries/audit-events";
import { AUDIT_CATEGORIES } from "@/lib/domain/audit-categories";
import { PageSizeField } from "@/components/shell/page-size-field";
import { withPageSize, type TPageSize } from "@/lib/pagination";

/** A plain GET form: the filtered view is a URL that can be bookmarked or sent on. */
export async function AuditFilters({ filter, size }: { filter: TAuditFilter; size: TPageSize }) {
  const t = await getTranslations("audit");
  return (
    <form role="search" aria-label={t("filters")} className="grid gap-2 sm:grid-cols-2 lg:grid-cols-[10rem_10rem_9.5rem_9.5rem_1fr_auto] lg:items-end">
      <div className="grid gap-1">
        <Label htmlFor="audit-category">{t("category")}</Label>
        <NativeSelect id="audit-category" name="category" defaultValue={filter.category ?? ""}>
          <option value="">{t("allCategories")}</option>
          {AUDIT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="audit-account">{t("actor")}</Label>
        <Input id="audit-account" name="account" defaultValue={filter.account} placeholder={t("accountPlaceholder")} maxLength={32} />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="audit-from">{t("from")}</Label>
        <Input id="audit-from" type="date" name="from" defaultValue={filter.from} />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="audit-to">{t("to")}</Label>
        <Input id="audit-to" type="date" name="to" defaultValue={filter.to} />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="audit-entity">{t("entity")}</Label>
        <Input id="audit-entity" name="entity" defaultValue={filter.entityId} placeholder={t("entityPlaceholder")} maxLength={64} />
      </div>
      <div className="flex gap-2">
        <PageSizeField size={size} />
        <Button type="submit">{t("apply")}</Button>
        <Link className={buttonVariants({ variant: "ghost" })} href={withPageSize("/admin/audit", size)}>{t("reset")}</Link>
      </div>
    </form>
  );
}
