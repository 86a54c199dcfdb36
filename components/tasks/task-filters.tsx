import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DepartmentSelect } from "@/components/forms/department-select";
import { Button } from "@/components/ui/button";
import { buttonVariants } from "@/components/ui/button-variants";
import { Input, NativeSelect } from "@/components/ui/input";
import { PageSizeField } from "@/components/shell/page-size-field";
import { withPageSize, type TPageSize } from "@/lib/pagination";
import type { TTaskFilter } from "@/db/queries/tasks/list-tasks";
import { TASK_STATUSES } from "@/lib/domain/codes";
import { WARNINGS } from "@/lib/domain/warning";

type TOptions = {
  departments: { id: string; name: string }[] | null;
  sections: { id: string; code: string; title: string }[];
  indicators?: { code: string; name: string }[];
};

/** A plain GET form: every filter is in the URL, so a view can be bookmarked, shared and reloaded. */
export async function TaskFilters({ filter, options, size }: { filter: TTaskFilter; options: TOptions; size: TPageSize }) {
  const t = await getTranslations("tasks");
  const ts = await getTranslations("taskStatuses");
  const tw = await getTranslations("warnings");
  const tt = await getTranslations("tagging");
  return (
    <form className="grid grid-cols-2 gap-2 rounded-lg border border-border bg-background p-3 sm:grid-cols-4 lg:grid-cols-5" role="search" aria-label={t("filters")}>
      <label className="col-span-2 grid gap-1 text-xs text-muted-foreground">
        {t("search")}
        <Input name="q" defaultValue={filter.q} maxLength={100} placeholder={t("searchPlaceholder")} />
      </label>
      <label className="grid gap-1 text-xs text-muted-foreground">
        {t("status")}
        <NativeSelect name="status" defaultValue={filter.status?.[0] ?? ""}>
          <option value="">{t("all")}</option>
          {TASK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </NativeSelect>
      </label>
      <label className="grid gap-1 text-xs text-muted-foreground">
        {t("warning")}
        <NativeSelect name="warning" defaultValue={filter.warning ?? ""}>
          <option value="">{t("all")}</option>
          {WARNINGS.map((w) => (
            <option key={w} value={w}>
              {tw(w)}
            </option>
          ))}
        </NativeSelect>
      </label>
      {options.departments ? (
        <label className="grid gap-1 text-xs text-muted-foreground">
          {t("department")}
          <DepartmentSelect name="department" defaultValue={filter.departmentId ?? ""} departments={options.departments} emptyLabel={t("all")} />
        </label>
      ) : null}
      <label className="grid gap-1 text-xs text-muted-foreground">
        {t("section")}
        <NativeSelect name="section" defaultValue={filter.sectionId ?? ""}>
          <option value="">{t("all")}</option>
          {options.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {`${s.code}${s.title}`.slice(0, 30)}
            </option>
          ))}
        </NativeSelect>
      </label>
      <label className="grid gap-1 text-xs text-muted-foreground">
        {tt("filterLabel")}
        <Input name="indicator" defaultValue={filter.indicator} maxLength={60} placeholder={tt("filterPlaceholder")} list="indicator-codes" />
        {options.indicators?.length ? (
          <datalist id="indicator-codes">
            {options.indicators.map((i) => (
              <option key={i.code} value={i.code}>{`${i.code} ${i.name}`}</option>
            ))}
          </datalist>
        ) : null}
      </label>
      <label className="grid gap-1 text-xs text-muted-foreground">
        {t("dueFrom")}
        <Input type="date" name="dueFrom" defaultValue={filter.dueFrom} />
      </label>
      <label className="grid gap-1 text-xs text-muted-foreground">
        {t("dueTo")}
        <Input type="date" name="dueTo" defaultValue={filter.dueTo} />
      </label>
      <label className="grid gap-1 text-xs text-muted-foreground">
        {t("sort")}
        <NativeSelect name="sort" defaultValue={filter.sort ?? "due"}>
          <option value="due">{t("sortDue")}</option>
          <option value="updated">{t("sortUpdated")}</option>
          <option value="created">{t("sortCreated")}</option>
        </NativeSelect>
      </label>
      <div className="col-span-2 flex items-end gap-2 sm:col-span-4 lg:col-span-5 lg:justify-end">
        <PageSizeField size={size} />
        <Button type="submit">{t("applyFilters")}</Button>
        <Link className={buttonVariants({ variant: "outline" })} href={withPageSize("/tasks", size)}>{t("clearFilters")}</Link>
      </div>
    </form>
  );
}

