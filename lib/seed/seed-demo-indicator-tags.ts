import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { frameworkIndicators, indicatorFrameworks, taskIndicatorTags } from "@/db/schema";

// Which shipped indicator a demo task serves, read from its text (first match wins per framework).
const RULES: { framework: string; code: string; pattern: RegExp }[] = [
  { framework: "1211", code: "A2", pattern: /责任制|责任追究|评议考核|考核/ },
  { framework: "1211", code: "A1", pattern: /执法/ },
  { framework: "1211", code: "B1", pattern: /示范/ },
  { framework: "SFZB-2021", code: "1.1", pattern: /审批|简政放权|放管服|许可|营商环境/ },
  { framework: "SFZB-2021", code: "1", pattern: /职能|权责清单|政务服务/ },
];

/**
 * Tags the demo tasks with the shipped indicators their text speaks of, so the
 * 覆盖与达成 view has something to show (and some gaps left to fill).
 */
export async function tagDemoTasks(tx: Tx, tasks: { id: string; text: string }[]): Promise<number> {
  const rows = await tx
    .select({ id: frameworkIndicators.id, code: frameworkIndicators.code, framework: indicatorFrameworks.code })
    .from(frameworkIndicators)
    .innerJoin(indicatorFrameworks, eq(indicatorFrameworks.id, frameworkIndicators.frameworkId));
  const idOf = new Map(rows.map((r) => [`${r.framework}:${r.code}`, r.id]));
  const values: { taskId: string; indicatorId: string }[] = [];
  for (const task of tasks) {
    const done = new Set<string>();
    for (const rule of RULES) {
      const indicatorId = idOf.get(`${rule.framework}:${rule.code}`);
      if (!indicatorId || done.has(rule.framework) || !rule.pattern.test(task.text)) continue;
      done.add(rule.framework);
      values.push({ taskId: task.id, indicatorId });
    }
  }
  if (values.length) await tx.insert(taskIndicatorTags).values(values).onConflictDoNothing();
  return values.length;
}
