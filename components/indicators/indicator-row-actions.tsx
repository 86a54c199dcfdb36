"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteIndicatorAction, moveIndicatorAction, setIndicatorWeightAction, updateIndicatorAction } from "@/app/(app)/admin/indicators/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export type TEditableIndicator = { id: string; code: string; name: string; level: number; parentId: string | null; weight: string | null; version: number };

/** One indicator's edits: rename / re-code, move under another parent, 考核 weight, delete (with confirmation). */
export function IndicatorRowActions({ indicator, parents }: { indicator: TEditableIndicator; parents: { id: string; code: string; name: string }[] }) {
  const t = useTranslations("indicators");
  const { run, failure, pending } = useActionRunner();
  const [mode, setMode] = useState<"none" | "edit" | "move">("none");
  const [code, setCode] = useState(indicator.code);
  const [name, setName] = useState(indicator.name);
  const [parentId, setParentId] = useState(indicator.parentId ?? "");
  const [weight, setWeight] = useState(indicator.weight ?? "");
  const close = (ok: boolean) => ok && setMode("none");
  return (
    <div className="grid gap-1.5">
      <div className="flex flex-wrap items-center gap-1">
        <Button variant="ghost" size="sm" disabled={pending} onClick={() => setMode(mode === "edit" ? "none" : "edit")}>
          {t("edit")}
        </Button>
        <Button variant="ghost" size="sm" disabled={pending} onClick={() => setMode(mode === "move" ? "none" : "move")}>
          {t("move")}
        </Button>
        <ConfirmDialog
          trigger={
            <Button variant="ghost" size="sm" disabled={pending}>
              {t("delete")}
            </Button>
          }
          title={t("delete")}
          description={t("confirmDelete", { code: indicator.code, name: indicator.name })}
          confirmLabel={t("delete")}
          cancelLabel={t("cancel")}
          destructive
          onConfirm={() => run(deleteIndicatorAction({ id: indicator.id, version: indicator.version }))}
        />
        <label className="flex items-center gap-1 text-xs text-muted-foreground">
          {t("weight")}
          <Input
            className="h-8 w-20"
            inputMode="decimal"
            value={weight}
            title={t("weightHint")}
            onChange={(e) => setWeight(e.target.value)}
            onBlur={() => {
              if (weight !== (indicator.weight ?? "")) void run(setIndicatorWeightAction({ id: indicator.id, version: indicator.version, weight }), t("saved"));
            }}
          />
        </label>
      </div>
      {mode === "edit" ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void run(updateIndicatorAction({ id: indicator.id, version: indicator.version, code, name }), t("saved")).then(close);
          }}
        >
          <Input aria-label={t("code")} className="w-24" value={code} onChange={(e) => setCode(e.target.value)} />
          <Input aria-label={t("name")} className="min-w-0 flex-1" value={name} onChange={(e) => setName(e.target.value)} />
          <Button type="submit" size="sm" disabled={pending}>
            {t("save")}
          </Button>
        </form>
      ) : null}
      {mode === "move" ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void run(moveIndicatorAction({ id: indicator.id, version: indicator.version, parentId }), t("saved")).then(close);
          }}
        >
          <select aria-label={t("parent")} className="h-9 min-w-0 flex-1 rounded-md border border-border bg-background px-2 text-sm" value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">{t("noParent")}</option>
            {parents
              .filter((p) => p.id !== indicator.id)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.code} {p.name}
                </option>
              ))}
          </select>
          <Button type="submit" size="sm" disabled={pending}>
            {t("save")}
          </Button>
        </form>
      ) : null}
      {failure ? (
        <p role="alert" className="text-xs text-destructive">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
