"use client";

import { CheckCircle2, Circle } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { addMilestoneAction, completeMilestoneAction } from "@/app/(app)/tasks/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { ReasonedButton } from "@/components/ui/reasoned-button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { formatDay } from "@/lib/format";

type TMilestone = { id: string; title: string; dueDate: string | null; completedAt: Date | null };

export function MilestoneList({
  taskId,
  version,
  milestones,
  canComplete,
  canAdd,
}: {
  taskId: string;
  version: number;
  milestones: TMilestone[];
  canComplete: boolean;
  canAdd: boolean;
}) {
  const t = useTranslations("taskDetail");
  const tw = useTranslations("whyDisabled");
  const locale = useLocale();
  const { run, failure, pending } = useActionRunner();
  const [title, setTitle] = useState("");
  const [dueDate, setDueDate] = useState("");
  return (
    <div className="grid gap-2">
      {milestones.length === 0 ? <p className="text-sm text-muted-foreground">{t("noMilestones")}</p> : null}
      <ol className="grid gap-1.5">
        {milestones.map((m) => (
          <li key={m.id} className="flex items-center gap-2 text-sm">
            {m.completedAt ? <CheckCircle2 className="size-4 text-green-600" aria-label={t("milestoneDone")} /> : <Circle className="size-4 text-muted-foreground" aria-label={t("milestoneOpen")} />}
            <span className={m.completedAt ? "text-muted-foreground line-through" : undefined}>{m.title}</span>
            {m.dueDate ? <span className="text-xs text-muted-foreground">{formatDay(m.dueDate, locale)}</span> : null}
            {canComplete && !m.completedAt ? (
              <Button size="sm" variant="ghost" className="ml-auto" disabled={pending} onClick={() => run(completeMilestoneAction({ id: taskId, version, milestoneId: m.id }))}>
                {t("completeMilestone")}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      {canAdd ? (
        <form
          className="flex flex-wrap gap-2"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(addMilestoneAction({ id: taskId, version, title, dueDate }))) {
              setTitle("");
              setDueDate("");
            }
          }}
        >
          <Input className="min-w-0 flex-1" value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t("newMilestone")} aria-label={t("newMilestone")} maxLength={200} />
          <Input type="date" className="w-40" value={dueDate} onChange={(e) => setDueDate(e.target.value)} aria-label={t("milestoneDue")} />
          <ReasonedButton type="submit" variant="outline" disabled={pending} why={title.trim() ? null : tw("milestoneTitleFirst")}>
            {t("addMilestone")}
          </ReasonedButton>
        </form>
      ) : null}
      <FormMessage>{failure}</FormMessage>
    </div>
  );
}
