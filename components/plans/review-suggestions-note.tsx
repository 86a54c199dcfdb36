"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export const SUGGESTIONS_NOTE_ID = "review-suggestions-note";

/**
 * Beside the create button while tag suggestions wait: how many, a jump to the first one,
 * and 全部采纳 / 全部忽略. After a refused 创建 the same words are announced (role=alert).
 */
export function ReviewSuggestionsNote({ pending, blocked, onJump, onSettleAll }: {
  pending: number;
  blocked: boolean;
  onJump: () => void;
  onSettleAll: (accept: boolean) => void;
}) {
  const t = useTranslations("planImport");
  if (pending === 0) return null;
  return (
    <div className="grid gap-2 rounded-md border border-amber-500 bg-amber-50 p-2 text-sm text-amber-950" data-testid="suggestions-note">
      <p id={SUGGESTIONS_NOTE_ID} role={blocked ? "alert" : undefined} className={blocked ? "font-medium" : undefined}>
        {blocked ? t("suggestionsPending", { n: pending }) : t("suggestionsNote", { n: pending })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" size="sm" variant="outline" onClick={onJump}>
          {t("jumpToSuggestion")}
        </Button>
        <Button type="button" size="sm" variant="outline" onClick={() => onSettleAll(true)}>
          {t("acceptAll")}
        </Button>
        <Button type="button" size="sm" variant="outline" onClick={() => onSettleAll(false)}>
          {t("dismissAll")}
        </Button>
      </div>
    </div>
  );
}
