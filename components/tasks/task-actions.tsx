"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { transitionTaskAction } from "@/app/(app)/tasks/actions";
import { announceFailure, announceSuccess } from "@/components/forms/feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/input";
import { TRANSITIONS, type TTaskAction } from "@/lib/domain/task-workflow";
import { translateValidationMessage } from "@/lib/validation/translate";

const DESTRUCTIVE: TTaskAction[] = ["cancel", "decline", "reject"];

function textRequirement(action: TTaskAction): "reason" | "completionNote" | null {
  const requires: readonly string[] = TRANSITIONS[action].requires;
  if (requires.includes("completionNote")) return "completionNote";
  if (requires.includes("reason")) return "reason";
  return null;
}

type TCompletionGaps = { openMilestones: number; progress: number } | null;

/**
 * Exactly the actions this user may take now, each confirmed in a dialog (with its reason where one is needed).
 * `submitGaps`: what is unfinished, so 申请办结 warns before it is confirmed.
 */
export function TaskActions({ taskId, version, actions, submitGaps = null }: { taskId: string; version: number; actions: TTaskAction[]; submitGaps?: TCompletionGaps }) {
  if (actions.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-2" data-testid="task-actions">
      {actions.map((action) => (
        <ActionDialog key={action} taskId={taskId} version={version} action={action} gaps={action === "submit" ? submitGaps : null} />
      ))}
    </div>
  );
}

function ActionDialog({ taskId, version, action, gaps }: { taskId: string; version: number; action: TTaskAction; gaps: TCompletionGaps }) {
  const t = useTranslations("taskActions");
  const tc = useTranslations("common");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const needs = textRequirement(action);

  async function confirm() {
    if (needs && !text.trim()) {
      setFieldError(needs === "completionNote" ? "completionNoteRequired" : "reasonRequired");
      return;
    }
    setPending(true);
    setFailure(null);
    const result = await transitionTaskAction({ id: taskId, version, action, reason: text });
    setPending(false);
    if (!result.ok) {
      const reasonError = result.fieldErrors?.reason?.[0];
      if (reasonError) setFieldError(reasonError);
      else {
        setFailure(result.message);
        announceFailure(result.message);
      }
      return;
    }
    announceSuccess(t(`${action}.done`));
    setOpen(false);
    setText("");
    router.refresh();
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setFailure(null);
        setFieldError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant={DESTRUCTIVE.includes(action) ? "outline" : "default"} data-action={action}>
          {t(`${action}.label`)}
        </Button>
      </DialogTrigger>
      <DialogContent title={t(`${action}.title`)} description={t(`${action}.description`)} closeLabel={tc("close")}>
        <div className="grid gap-3">
          {needs ? (
            <div className="grid gap-1.5">
              <Label htmlFor={`${action}-text`}>{t(needs === "completionNote" ? "completionNote" : "reason")}</Label>
              <Textarea
                id={`${action}-text`}
                rows={4}
                maxLength={10_000}
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setFieldError(null);
                }}
                aria-invalid={fieldError ? true : undefined}
              />
              {fieldError ? (
                <p role="alert" className="text-xs text-destructive">
                  {translateValidationMessage(tv, fieldError)}
                </p>
              ) : null}
            </div>
          ) : null}
          {gaps ? (
            <p role="alert" data-testid="submit-incomplete" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
              {t("submit.incomplete", { milestones: gaps.openMilestones, progress: gaps.progress })}
            </p>
          ) : null}
          <FormMessage>{failure}</FormMessage>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <Button type="button" variant={DESTRUCTIVE.includes(action) ? "destructive" : "default"} disabled={pending} onClick={confirm}>
              {t(`${action}.confirm`)}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
