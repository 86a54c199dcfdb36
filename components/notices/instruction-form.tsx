"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { writeInstructionAction } from "@/app/(app)/notices/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { ReasonedButton } from "@/components/ui/reasoned-button";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/input";

/** 领导批示 on a task or a notice. */
export function InstructionForm({ taskId, noticeId }: { taskId?: string; noticeId?: string }) {
  const t = useTranslations("instructions");
  const tw = useTranslations("whyDisabled");
  const { run, failure, pending } = useActionRunner();
  const [text, setText] = useState("");
  const id = `instruction-${taskId ?? noticeId}`;
  return (
    <form
      className="grid gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(writeInstructionAction({ taskId: taskId ?? null, noticeId: noticeId ?? null, content: text }))) setText("");
      }}
    >
      <Label htmlFor={id}>{t("label")}</Label>
      <Textarea id={id} rows={3} maxLength={2_000} value={text} onChange={(e) => setText(e.target.value)} placeholder={t("placeholder")} />
      <FormMessage>{failure}</FormMessage>
      <div>
        <ReasonedButton type="submit" disabled={pending} why={text.trim() ? null : tw("instructionFirst")}>
          {t("submit")}
        </ReasonedButton>
      </div>
    </form>
  );
}
