"use client";

import { Check, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { TReviewNode } from "@/lib/domain/plan-review/review-tree";

export type TTagAction = { type: "acceptTag" | "dismissTag" | "removeTag"; id: string; code: string };

/** Where 创建 and 转到第一条待确认建议 move the focus: the node's first 采纳 button. */
export const suggestionAnchorId = (nodeId: string) => `review-suggestion-${nodeId}`;

/**
 * A node's indicator tags: the accepted ones (removable), then the suggestions read from
 * its text, each waiting for 采纳 or 忽略 (lib/domain/plan-review/review-tags.ts). Only
 * accepted tags are sent; the import waits while any suggestion is pending.
 */
export function ReviewTagChips({ node, label, indicatorName, onAction }: {
  node: Pick<TReviewNode, "id" | "indicatorCodes" | "suggestedIndicators">;
  label: string;
  indicatorName: ReadonlyMap<string, string>;
  onAction: (action: TTagAction) => void;
}) {
  const t = useTranslations("planImport");
  if (node.indicatorCodes.length === 0 && node.suggestedIndicators.length === 0) return null;
  return (
    <div className="grid gap-1 sm:pl-7">
      {node.indicatorCodes.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label={t("tagList", { title: label })} data-testid="review-tags">
          {node.indicatorCodes.map((code) => (
            <li key={code}>
              <Badge tone="green" className="max-w-full whitespace-normal" title={indicatorName.get(code)}>
                {code} {indicatorName.get(code) ?? ""}
                <button
                  type="button"
                  className="rounded hover:bg-green-200 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                  aria-label={t("removeTag", { code })}
                  onClick={() => onAction({ type: "removeTag", id: node.id, code })}
                >
                  <X className="size-3" aria-hidden />
                </button>
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
      {node.suggestedIndicators.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label={t("suggestionList", { title: label })} data-testid="review-suggestions">
          {node.suggestedIndicators.map((suggestion, index) => (
            <li
              key={suggestion.code}
              className="flex max-w-full flex-wrap items-center gap-1 rounded-md border border-dashed border-amber-500 bg-amber-50 px-1.5 py-0.5 text-xs text-amber-950"
              data-testid="review-suggestion"
            >
              <span className="font-medium">{t("suggested")}</span>
              <span className="min-w-0 break-all">
                {suggestion.code} {suggestion.name}
              </span>
              <span className="text-amber-800">{t("matched", { matched: suggestion.matched })}</span>
              <Button
                id={index === 0 ? suggestionAnchorId(node.id) : undefined}
                type="button"
                size={null}
                variant="outline"
                className="h-6 px-1.5 text-xs"
                aria-label={t("acceptOf", { code: suggestion.code, name: suggestion.name })}
                onClick={() => onAction({ type: "acceptTag", id: node.id, code: suggestion.code })}
              >
                <Check aria-hidden />
                {t("accept")}
              </Button>
              <Button
                type="button"
                size={null}
                variant="ghost"
                className="h-6 px-1.5 text-xs"
                aria-label={t("dismissOf", { code: suggestion.code, name: suggestion.name })}
                onClick={() => onAction({ type: "dismissTag", id: node.id, code: suggestion.code })}
              >
                <X aria-hidden />
                {t("dismiss")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
