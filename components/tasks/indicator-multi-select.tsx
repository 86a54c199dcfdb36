"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { Input } from "@/components/ui/input";
import type { TIndicatorOption } from "@/lib/domain/indicator-tags/codes";

/**
 * 指标标签: a searchable list of checkboxes grouped by framework (指标体系). Chosen
 * indicators show above as removable chips; the list is native checkboxes, so Tab,
 * Space and a screen reader work as they do everywhere, and it scrolls on a phone.
 */
export function IndicatorMultiSelect({ options, value, onChange, error, label }: {
  options: readonly TIndicatorOption[];
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string | undefined;
  label: string;
}) {
  const t = useTranslations("tagging");
  const [filter, setFilter] = useState("");
  const id = useId();
  const byCode = useMemo(() => new Map(options.map((option) => [option.code, option])), [options]);
  const groups = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const visible = options.filter((o) => !needle || o.code.toLowerCase().includes(needle) || o.name.includes(needle) || o.frameworkName.includes(needle));
    const map = new Map<string, TIndicatorOption[]>();
    for (const option of visible) map.set(option.frameworkName, [...(map.get(option.frameworkName) ?? []), option]);
    return [...map];
  }, [options, filter]);
  const toggle = (code: string) => onChange(value.includes(code) ? value.filter((v) => v !== code) : [...value, code]);
  return (
    <fieldset className="grid gap-1.5" aria-describedby={error ? `${id}-error` : `${id}-hint`}>
      <legend className="mb-1.5 text-sm font-medium">
        {label} <span className="font-normal text-muted-foreground">{t("chosen", { n: value.length })}</span>
      </legend>
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={t("chosenList")}>
          {value.map((code) => (
            <li key={code} className="flex items-center gap-1 rounded-full border border-border bg-muted px-2 py-0.5 text-xs">
              <span className="font-mono">{code}</span>
              <span>{byCode.get(code)?.name ?? t("unknownCode")}</span>
              <button type="button" className="rounded-full p-1 hover:bg-background" onClick={() => toggle(code)} aria-label={t("remove", { code })}>
                <X className="size-3" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <Input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t("filter")} aria-label={t("filter")} />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {options.length === 0 ? t("noFrameworks") : t("hint")}
      </p>
      {options.length > 0 ? (
        <div className="grid max-h-56 gap-2 overflow-y-auto rounded-md border border-border p-2">
          {groups.length === 0 ? <p className="text-sm text-muted-foreground">{t("noMatch")}</p> : null}
          {groups.map(([framework, list]) => (
            <div key={framework} role="group" aria-label={framework} className="grid gap-0.5">
              <p className="text-xs font-medium text-muted-foreground">{framework}</p>
              {list.map((option) => (
                <label key={option.code} className="flex min-h-8 items-center gap-2 text-sm" style={{ paddingInlineStart: `${(option.level - 1) * 1}rem` }}>
                  <input type="checkbox" className="size-4 shrink-0 accent-primary" checked={value.includes(option.code)} onChange={() => toggle(option.code)} />
                  <span className="font-mono text-xs text-muted-foreground">{option.code}</span>
                  <span>{option.name}</span>
                </label>
              ))}
            </div>
          ))}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
