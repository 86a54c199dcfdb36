import { getDb } from "@/db";
import { goals, plans } from "@/db/schema";
import { insertGoals } from "@/lib/services/plans/insert-goals";
import { milestones } from "@/db/schema";
import { makeTask } from "./task-fixtures";

/**
 * A 2026 plan with a two-level goal tree and one task in each status that matters to a
 * rollover: a draft, one to sign, one in hand (with an open and a done milestone),
 * one submitted, one completed, one cancelled.
 */
export async function makeRolloverPlan(title = "2026年法治政府建设工作要点") {
  const db = await getDb();
  const [plan] = await db.insert(plans).values({ year: 2026, title, status: "active" }).returning();
  const rows = await insertGoals(db as never, plan!.id, [
    { kind: "section", code: "一、", title: "依法全面履行政府职能", body: "", lines: null, children: [{ kind: "item", code: "（一）", title: "深化简政放权", body: "", lines: null, children: [] }] },
    { kind: "section", code: "二、", title: "严格规范公正文明执法", body: "", lines: null, children: [] },
  ]);
  const item = rows[1]!.id;
  const section2 = rows[2]!.id;
  const task = (status: Parameters<typeof makeTask>[0], name: string, goalId: string, dueDate = "2026-06-30") => makeTask(status, { title: name, goalId, dueDate });
  const draft = await task("draft", "草稿任务", item, "2026-12-31");
  const assigned = await task("assigned", "待签收任务", item, "2026-03-31");
  const inProgress = await task("in_progress", "办理中任务", section2);
  await db.insert(milestones).values([
    { taskId: inProgress.id, title: "已完成节点", dueDate: "2026-03-01", completedAt: new Date(), sortOrder: 0 },
    { taskId: inProgress.id, title: "未完成节点", dueDate: "2026-05-31", sortOrder: 1 },
  ]);
  const submitted = await task("submitted", "待审核任务", section2, "2024-02-29");
  const completed = await task("completed", "已办结任务", item);
  const cancelled = await task("cancelled", "已撤销任务", item);
  return { plan: plan!, goals: await db.select().from(goals), draft, assigned, inProgress, submitted, completed, cancelled };
}
