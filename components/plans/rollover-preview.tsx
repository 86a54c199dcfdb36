"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { rolloverPlanAction } from "@/app/(app)/plans/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { StatusBadge } from "@/components/tasks/task-badges";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import type { TTaskStatus } from "@/lib/domain/codes";
import { yearEnd } from "@/lib/domain/year-end";
import { formatDay } from "@/lib/format";

export type TRolloverPreviewItem = {
  id: string;
  title: string;
  status: TTaskStatus;
  version: number;
  leadDepartment: string | null;
  dueDate: string | null;
  progress: number;
  newDueDate: string;
};

type TMode = "same" | "yearEnd" | "custom";
type TResult = { carried: number; skipped: number; targetId: string | null; targetTitle: string };

/** The rollover preview: one row (a card below 640 px) per unfinished task, its checkbox and its new due date. */
export function RolloverPreview({ planId, targetYear, targetTitle, items }: { planId: string; targetYear: number; targetTitle: string; items: TRolloverPreviewItem[] }) {
  const t = useTranslations("rollover");
  const locale = useLocale();
  const [selected, setSelected] = useState(() => new Set(items.map((i) => i.id)));
  const [modes, setModes] = useState<Record<string, TMode>>({});
  const [custom, setCustom] = useState<Record<string, string>>({});
  const [result, setResult] = useState<TResult | null>(null);
  const { run, failure, pending } = useActionRunner();
  const dueOf = (item: TRolloverPreviewItem) => {
    const mode = modes[item.id] ?? "same";
    return mode === "yearEnd" ? yearEnd(targetYear) : mode === "custom" ? custom[item.id] || item.newDueDate : item.newDueDate;
  };
  const chosen = items.filter((i) => selected.has(i.id));
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  async function confirm() {
    let data: TResult | null = null;
    const ok = await run(
      rolloverPlanAction({ planId, targetYear, dryRun: false, tasks: chosen.map((i) => ({ id: i.id, version: i.version, dueDate: dueOf(i) })) }).then((r) => {
        if (r.ok) data = { carried: r.data.carried.length, skipped: r.data.skipped.length, targetId: r.data.target.id, targetTitle: r.data.target.title };
        return r;
      }),
      t("done", { n: chosen.length }),
    );
    if (ok) setResult(data);
  }

  if (result) {
    return (
      <section className="grid gap-2 rounded-lg border border-border bg-background p-4" data-testid="rollover-result" aria-live="polite">
        <h2 className="font-semibold">{t("resultTitle")}</h2>
        <p className="text-sm">{t("resultCarried", { n: result.carried, title: result.targetTitle })}</p>
        {result.skipped > 0 ? <p className="text-sm text-muted-foreground">{t("resultSkipped", { n: result.skipped })}</p> : null}
        <p className="flex flex-wrap gap-2">
          {result.targetId ? (
            <Link className={buttonVariants()} href={`/plans/${result.targetId}`}>
              {t("openTarget")}
            </Link>
          ) : null}
          <Link className={buttonVariants({ variant: "outline" })} href={`/plans/${planId}`}>
            {t("backToPlan")}
          </Link>
        </p>
      </section>
    );
  }

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={chosen.length === items.length} onChange={(e) => setSelected(new Set(e.target.checked ? items.map((i) => i.id) : []))} />
          {t("selectAll")}
        </label>
        <span className="text-muted-foreground" data-testid="rollover-selected">
          {t("selected", { n: chosen.length, total: items.length })}
        </span>
      </div>
      <div className="hidden grid-cols-[2rem_minmax(0,1fr)_6rem_8rem_8rem_4rem_15rem] gap-2 border-b border-border pb-1 text-xs text-muted-foreground sm:grid" aria-hidden>
        <span />
        <span>{t("colTask")}</span>
        <span>{t("colStatus")}</span>
        <span>{t("colLead")}</span>
        <span>{t("colDue")}</span>
        <span className="text-right">{t("colProgress")}</span>
        <span>{t("colNewDue")}</span>
      </div>
      <ul className="grid gap-2" data-testid="rollover-items">
        {items.map((item) => {
          const mode = modes[item.id] ?? "same";
          return (
            <li key={item.id} className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-2 gap-y-1 rounded-lg border border-border p-3 text-sm sm:grid-cols-[2rem_minmax(0,1fr)_6rem_8rem_8rem_4rem_15rem] sm:items-center sm:rounded-none sm:border-0 sm:border-b sm:p-0 sm:pb-2">
              <input type="checkbox" className="size-4" checked={selected.has(item.id)} onChange={() => toggle(item.id)} aria-label={t("choose", { title: item.title })} />
              <Link href={`/tasks/${item.id}`} className="font-medium break-words hover:underline">
                {item.title}
              </Link>
              <span className="col-start-2 sm:col-start-auto">
                <StatusBadge status={item.status} />
              </span>
              <span className="col-start-2 text-muted-foreground sm:col-start-auto">{item.leadDepartment ?? "—"}</span>
              <span className="col-start-2 sm:col-start-auto">
                <span className="sm:hidden">{t("colDue")}：</span>
                {item.dueDate ? formatDay(item.dueDate, locale) : t("noDue")}
              </span>
              <span className="num col-start-2 sm:col-start-auto sm:text-right">{item.progress}%</span>
              <span className="col-start-2 grid gap-1 sm:col-start-auto">
                <NativeSelect value={mode} aria-label={`${t("colNewDue")} ${item.title}`} onChange={(e) => setModes((m) => ({ ...m, [item.id]: e.target.value as TMode }))} disabled={!selected.has(item.id)}>
                  <option value="same">{`${t("sameDay")} ${formatDay(item.newDueDate, locale)}`}</option>
                  <option value="yearEnd">{`${t("yearEnd")} ${formatDay(yearEnd(targetYear), locale)}`}</option>
                  <option value="custom">{t("custom")}</option>
                </NativeSelect>
                {mode === "custom" ? (
                  <Input type="date" min={`${targetYear}-01-01`} value={custom[item.id] ?? item.newDueDate} aria-label={t("customDate", { title: item.title })} onChange={(e) => setCustom((c) => ({ ...c, [item.id]: e.target.value }))} />
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {failure ? (
        <p role="alert" className="text-sm text-red-700">
          {failure}
        </p>
      ) : null}
      <div>
        <ConfirmDialog
          trigger={
            <Button disabled={chosen.length === 0 || pending} data-testid="rollover-confirm">
              {pending ? t("working") : t("confirm")}
            </Button>
          }
          title={t("confirmTitle", { n: chosen.length })}
          description={t("confirmBody", { title: targetTitle })}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          destructive
          onConfirm={() => void confirm()}
        />
      </div>
    </div>
  );
}
