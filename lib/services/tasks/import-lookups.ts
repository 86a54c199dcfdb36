import { eq, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { departments, goals, plans } from "@/db/schema";
import { TASK_PRIORITIES, type TTaskPriority } from "@/lib/domain/codes";
import type { TGoalMatch, TImportLookups } from "@/lib/domain/task-workbook/validate-row";
import zh from "@/messages/zh-CN";
import { loadIndicatorCatalogue } from "@/db/queries/indicator-tags/catalogue";
import { indexCatalogue } from "@/lib/domain/indicator-tags/codes";

/**
 * What an import's names are matched against: active departments by their
 * exact name; goals of plans that are not archived by code and title
 * ("（一）完善依法行政制度体系", as the 台账 exports it), title alone or code
 * alone, refused as ambiguous when several goals answer; priorities by their
 * Chinese word (as the UI shows them) or code.
 */
export async function loadImportLookups(db: DbOrTx): Promise<TImportLookups> {
  const [departmentRows, goalRows, catalogue] = await Promise.all([
    db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.isActive, true)),
    db
      .select({ id: goals.id, code: goals.code, title: goals.title })
      .from(goals)
      .innerJoin(plans, eq(plans.id, goals.planId))
      .where(ne(plans.status, "archived")),
    loadIndicatorCatalogue(db),
  ]);
  const goalIds = new Map<string, Set<string>>();
  const add = (key: string, id: string) => {
    if (key) goalIds.set(key, (goalIds.get(key) ?? new Set()).add(id));
  };
  for (const goal of goalRows) {
    add(`${goal.code}${goal.title}`.trim(), goal.id);
    add(goal.title.trim(), goal.id);
    add(goal.code.trim(), goal.id);
  }
  const goalByText = (text: string): TGoalMatch => {
    const ids = goalIds.get(text.trim());
    if (!ids) return "unknown";
    return ids.size === 1 ? { id: [...ids][0]! } : "ambiguous";
  };
  const priorityByLabel = new Map<string, TTaskPriority>(
    TASK_PRIORITIES.flatMap((p) => [[zh.priorities[p], p] as const, [p, p] as const]),
  );
  return { departmentIdByName: new Map(departmentRows.map((d) => [d.name, d.id])), goalByText, priorityByLabel, indicatorIndex: indexCatalogue(catalogue) };
}
