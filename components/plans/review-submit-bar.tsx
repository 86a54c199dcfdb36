"use client";

import { LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { TNodeError } from "@/lib/domain/plan-review/import-input";
import { messageText } from "@/lib/messages";

/** The create button with what it will create, the refusal and the first 20 node errors as links to their rows. */
export function ReviewSubmitBar({ failure, nodeErrors, titleOf, counts, pending, canCreate, describedBy, onFocus, onCreate, onBack }: {
  failure: string | null;
  nodeErrors: readonly TNodeError[];
  titleOf: (nodeId: string) => string;
  counts: { tasks: number; total: number };
  pending: boolean;
  canCreate: boolean;
  /** What holds the import back (pending tag suggestions), read out with the button. */
  describedBy?: string | undefined;
  onFocus: (nodeId: string) => void;
  onCreate: () => void;
  onBack: () => void;
}) {
  const t = useTranslations("planImport");
  // Unscoped: a node error may name its own namespace ("tagging.unknown" for a code deleted meanwhile).
  const tv = useTranslations();
  return (
    <div className="grid gap-2">
      <FormMessage>{failure}</FormMessage>
      {nodeErrors.length > 0 ? (
        <ul className="grid gap-1 text-sm" aria-label={t("errorList")}>
          {nodeErrors.slice(0, 20).map((error) => (
            <li key={`${error.nodeId}-${error.field}-${error.message}`}>
              <button type="button" className="text-left text-destructive underline-offset-4 hover:underline" onClick={() => onFocus(error.nodeId)}>
                {`${titleOf(error.nodeId) || t("untitled")}：${messageText(tv, "validation", error.message)}`}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm text-muted-foreground">{t("createHint", { tasks: counts.tasks, goals: counts.total })}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onCreate} disabled={pending || !canCreate} aria-busy={pending} aria-describedby={describedBy}>
          {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
          {pending ? t("creating") : t("create", { n: counts.tasks })}
        </Button>
        <ConfirmDialog
          trigger={
            <Button type="button" variant="outline" disabled={pending}>
              {t("back")}
            </Button>
          }
          title={t("backTitle")}
          description={t("backDescription")}
          confirmLabel={t("backConfirm")}
          cancelLabel={t("cancel")}
          onConfirm={onBack}
        />
      </div>
    </div>
  );
}
