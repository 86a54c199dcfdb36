"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createIndicatorAction } from "@/app/(app)/admin/indicators/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** 添加指标: code, name and parent; the level follows from the parent. */
export function AddIndicatorForm({ frameworkId, frameworkVersion, parents }: { frameworkId: string; frameworkVersion: number; parents: { id: string; code: string; name: string }[] }) {
  const t = useTranslations("indicators");
  const { run, failure, pending } = useActionRunner();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [parentId, setParentId] = useState("");
  return (
    <form
      className="grid gap-2 rounded-md border border-border bg-background p-3"
      onSubmit={(e) => {
        e.preventDefault();
        void run(createIndicatorAction({ frameworkId, frameworkVersion, code, name, parentId }), t("saved")).then((ok) => {
          if (ok) {
            setCode("");
            setName("");
          }
        });
      }}
    >
      <h2 className="text-sm font-medium">{t("add")}</h2>
      <div className="flex flex-wrap gap-2">
        <Input aria-label={t("code")} placeholder={t("code")} className="w-24" value={code} onChange={(e) => setCode(e.target.value)} />
        <Input aria-label={t("name")} placeholder={t("name")} className="min-w-40 flex-1" value={name} onChange={(e) => setName(e.target.value)} />
        <select aria-label={t("parent")} className="h-9 min-w-0 flex-1 rounded-md border border-border bg-background px-2 text-sm" value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">{t("noParent")}</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.code} {p.name}
            </option>
          ))}
        </select>
        <Button type="submit" disabled={pending}>
          {t("add")}
        </Button>
      </div>
      {failure ? (
        <p role="alert" className="text-sm text-destructive">
          {failure}
        </p>
      ) : null}
    </form>
  );
}
