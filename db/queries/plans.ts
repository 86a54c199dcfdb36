import "server-only";
import { and, asc, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { goals, plans } from "@/db/schema";

/** The top-level sections (and groups) of every plan that is not archived, for the task filter. */
export async function listPlanSections() {
  const db = await getDb();
  return db
    .select({ id: goals.id, code: goals.code, title: goals.title, planTitle: plans.title, year: plans.year })
    .from(goals)
    .innerJoin(plans, eq(plans.id, goals.planId))
    .where(and(isNull(goals.parentId), ne(plans.status, "archived")))
    .orderBy(desc(plans.year), asc(plans.title), asc(goals.sortOrder));
}

export type TGoalOption = { id: string; label: string; depth: number; planTitle: string };

/** Every goal of the active plans as an indented list in document order (the task form's picker). */
export async function listGoalOptions(): Promise<TGoalOption[]> {
  const db = await getDb();
  const activePlans = await db.select().from(plans).where(ne(plans.status, "archived")).orderBy(desc(plans.year), asc(plans.title));
  if (activePlans.length === 0) return [];
  const rows = await db
    .select({ id: goals.id, planId: goals.planId, parentId: goals.parentId, code: goals.code, title: goals.title, sortOrder: goals.sortOrder })
    .from(goals)
    .where(inArray(goals.planId, activePlans.map((p) => p.id)))
    .orderBy(asc(goals.sortOrder));
  const children = new Map<string | null, typeof rows>();
  for (const row of rows) {
    const key = row.parentId ?? `plan:${row.planId}`;
    children.set(key, [...(children.get(key) ?? []), row]);
  }
  const out: TGoalOption[] = [];
  const walk = (key: string, depth: number, planTitle: string) => {
    for (const row of children.get(key) ?? []) {
      out.push({ id: row.id, label: `${row.code}${row.title}`.slice(0, 80), depth, planTitle });
      walk(row.id, depth + 1, planTitle);
    }
  };
  for (const plan of activePlans) walk(`plan:${plan.id}`, 0, plan.title);
  return out;
}
