import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatusBadge } from "@/components/tasks/task-badges";
import { Badge } from "@/components/ui/badge";
import type { TPlanGoal, TPlanTask } from "@/db/queries/plan-overview";
import type { TGoalKind } from "@/lib/domain/codes";
import { formatDay } from "@/lib/format";
import { GoalKindBadge } from "./plan-badges";

/** A plan's goals as a nested list in document order, each with the tasks made from it. */
export async function PlanGoalTree({ goals, tasks }: { goals: TPlanGoal[]; tasks: TPlanTask[] }) {
  const [t, td, locale] = await Promise.all([getTranslations("plans"), getTranslations("demonstration"), getLocale()]);
  const children = new Map<string | null, TPlanGoal[]>();
  for (const goal of goals) children.set(goal.parentId, [...(children.get(goal.parentId) ?? []), goal]);
  const tasksOf = new Map<string | null, TPlanTask[]>();
  for (const task of tasks) tasksOf.set(task.goalId, [...(tasksOf.get(task.goalId) ?? []), task]);

  const renderLevel = (parentId: string | null, nested: boolean) => (
    <ul className={nested ? "ml-2 grid gap-1.5 border-l border-border pl-2 sm:ml-4 sm:pl-3" : "grid gap-1.5"}>
      {(children.get(parentId) ?? []).map((goal) => (
        <li key={goal.id} data-goal-id={goal.id} className="grid gap-1">
          <p className="flex flex-wrap items-center gap-1.5 text-sm">
            <GoalKindBadge kind={goal.kind as TGoalKind} />
            {goal.demonstrationCategory ? <Badge tone="blue">{td(`categories.${goal.demonstrationCategory}`)}</Badge> : null}
            <span className="font-medium">
              {goal.code}
              {goal.title || t("untitled")}
            </span>
          </p>
          {(tasksOf.get(goal.id) ?? []).map((task) => (
            <p key={task.id} className="ml-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm sm:ml-4" data-task-id={task.id}>
              <StatusBadge status={task.status} />
              <Link href={`/tasks/${task.id}`} className="hover:text-primary hover:underline">
                {task.title}
              </Link>
              <span className="text-xs text-muted-foreground">
                {task.leadDepartmentName ?? t("noLead")} · {formatDay(task.dueDate, locale)}
              </span>
            </p>
          ))}
          {children.has(goal.id) ? renderLevel(goal.id, true) : null}
        </li>
      ))}
    </ul>
  );
  return renderLevel(null, false);
}
