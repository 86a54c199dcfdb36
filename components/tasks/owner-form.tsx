"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { setOwnerAction } from "@/app/(app)/tasks/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { ReasonedButton } from "@/components/ui/reasoned-button";
import { FormMessage } from "@/components/ui/form-message";
import { NativeSelect } from "@/components/ui/input";

/** 指定责任人 among the lead department's people. */
export function OwnerForm({ taskId, version, ownerId, candidates }: { taskId: string; version: number; ownerId: string | null; candidates: { id: string; name: string }[] }) {
  const t = useTranslations("taskDetail");
  const tw = useTranslations("whyDisabled");
  const { run, failure, pending } = useActionRunner();
  const [value, setValue] = useState(ownerId ?? "");
  return (
    <div className="grid gap-1">
      <div className="flex gap-2">
        <NativeSelect aria-label={t("owner")} value={value} onChange={(e) => setValue(e.target.value)} className="min-w-0">
          <option value="">{t("noOwner")}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </NativeSelect>
        <ReasonedButton
          variant="outline"
          disabled={pending}
          why={value === (ownerId ?? "") ? tw("ownerUnchanged") : null}
          onClick={() => run(setOwnerAction({ id: taskId, version, ownerId: value || null }))}
        >
          {t("setOwner")}
        </ReasonedButton>
      </div>
      <FormMessage>{failure}</FormMessage>
    </div>
  );
}
