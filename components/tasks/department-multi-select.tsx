"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Input } from "@/components/ui/input";

/**
 * 配合单位: a filterable list of checkboxes. Chosen departments stay listed
 * first, so a long list (hundreds of departments) stays usable on a phone.
 */
export function DepartmentMultiSelect({
  departments,
  value,
  onChange,
  exclude,
  label,
  error,
}: {
  departments: { id: string; name: string }[];
  value: string[];
  onChange: (ids: string[]) => void;
  exclude?: string | null | undefined;
  label: string;
  error?: string | undefined;
}) {
  const t = useTranslations("taskForm");
  const [filter, setFilter] = useState("");
  const id = useId();
  const visible = departments
    .filter((d) => d.id !== exclude)
    .filter((d) => !filter || d.name.includes(filter.trim()) || value.includes(d.id))
    .sort((a, b) => Number(value.includes(b.id)) - Number(value.includes(a.id)));
  const toggle = (departmentId: string) =>
    onChange(value.includes(departmentId) ? value.filter((v) => v !== departmentId) : [...value, departmentId]);
  return (
    <fieldset className="grid gap-1.5" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1.5 text-sm font-medium">
        {label} <span className="font-normal text-muted-foreground">{t("chosen", { n: value.length })}</span>
      </legend>
      <Input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t("filterDepartments")} aria-label={t("filterDepartments")} />
      <div className="grid max-h-40 gap-1 overflow-y-auto rounded-md border border-border p-2 sm:grid-cols-2">
        {visible.map((d) => (
          <label key={d.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4 accent-primary" checked={value.includes(d.id)} onChange={() => toggle(d.id)} />
            {d.name}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
