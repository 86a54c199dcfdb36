import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { TGoalKind } from "@/lib/domain/codes";

const STATUS_TONE = { draft: "grey", active: "green", archived: "neutral" } as const;

export function PlanStatusBadge({ status }: { status: keyof typeof STATUS_TONE }) {
  const t = useTranslations("plans");
  return (
    <Badge tone={STATUS_TONE[status]} data-plan-status={status}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}

const KIND_TONE: Record<TGoalKind, "neutral" | "blue" | "grey" | "yellow"> = {
  section: "neutral",
  group: "grey",
  item: "blue",
  measure: "grey",
  problem: "yellow",
};

/** 一级标题/分组/条目/措施/问题: the level of a goal, in words. */
export function GoalKindBadge({ kind }: { kind: TGoalKind }) {
  const t = useTranslations("plans");
  return (
    <Badge tone={KIND_TONE[kind]} data-kind={kind}>
      {t(`kinds.${kind}`)}
    </Badge>
  );
}
