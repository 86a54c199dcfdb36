import Link from "next/link";
import type { TAssessmentItem, TIndicatorContribution } from "@/lib/domain/assessment";
import { formatDay } from "@/lib/format";
import { cn } from "@/lib/utils";

type TProps = {
  items: TAssessmentItem[];
  byIndicator?: TIndicatorContribution[] | undefined;
  locale: string;
  ruleName: (rule: TAssessmentItem["rule"]) => string;
  contributionLabel: string;
};

/** The points behind one department's score, each linked to the task or notice that caused it. */
export function AssessmentItems({ items, byIndicator, locale, ruleName, contributionLabel }: TProps) {
  return (
    <>
      <ul className="mt-2 grid gap-1 text-xs">
        {items.map((item, index) => (
          <li key={index} className="flex gap-2">
            <span className={cn("num w-10 shrink-0", item.points < 0 ? "text-red-700" : "text-green-700")}>{item.points > 0 ? `+${item.points}` : item.points}</span>
            <span className="text-muted-foreground">{ruleName(item.rule)}</span>
            <Link className="underline underline-offset-2" href={"taskId" in item ? `/tasks/${item.taskId}` : `/notices/${item.noticeId}`}>
              {item.title}
            </Link>
            <span className="text-muted-foreground">{formatDay(item.day, locale)}</span>
            {item.contributions?.length ? (
              <span className="text-muted-foreground" data-testid="contributions">
                {item.contributions.map((c) => `${c.code} ${c.points}`).join("；")}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {byIndicator ? (
        <p className="mt-2 text-xs" data-testid="by-indicator">
          {contributionLabel}：{byIndicator.map((c) => `${c.code} ${c.name} ${c.points}`).join("；")}
        </p>
      ) : null}
    </>
  );
}
