import { daysBetween } from "@/lib/domain/calendar";
import { chineseNumber, shortTitle } from "@/lib/domain/annual-report/wording";
import type { TCircularDepartmentRow, TMonthlyCircular, TMonthlyCircularInput } from "./types";

const OPEN = new Set(["assigned", "in_progress", "submitted"]);
/** The notice content's limit (NOTE_MAX) less room for the author's additions. */
export const CONTENT_BUDGET = 9_000;
const RANKING_EDGE = 10;

function rows(input: TMonthlyCircularInput): TCircularDepartmentRow[] {
  const byId = new Map<string, TCircularDepartmentRow>();
  const rowOf = (id: string, name: string) => {
    const row = byId.get(id) ?? { departmentId: id, name, due: 0, completedOnTime: 0, overdue: [], returned: 0, unanswered: 0, onTimeRate: 0 };
    byId.set(id, row);
    return row;
  };
  const names = new Map(input.departments.map((d) => [d.id, d.name]));
  for (const task of input.tasksDue) {
    if (!task.departmentId) continue;
    const row = rowOf(task.departmentId, task.departmentName ?? names.get(task.departmentId) ?? "");
    row.due += 1;
    if (task.status === "completed" && task.completedDay && task.completedDay <= task.dueDate) row.completedOnTime += 1;
    if (OPEN.has(task.status) && task.dueDate < input.asOf) row.overdue.push({ taskId: task.id, title: task.title, days: daysBetween(task.dueDate, input.asOf) });
  }
  for (const r of input.returned) if (r.departmentId && names.has(r.departmentId)) rowOf(r.departmentId, names.get(r.departmentId)!).returned += 1;
  for (const u of input.unanswered) if (names.has(u.departmentId)) rowOf(u.departmentId, names.get(u.departmentId)!).unanswered += u.count;
  for (const row of byId.values()) {
    row.onTimeRate = row.due === 0 ? 0 : Math.round((row.completedOnTime * 100) / row.due);
    row.overdue.sort((a, b) => b.days - a.days || a.title.localeCompare(b.title, "zh-CN") || a.taskId.localeCompare(b.taskId));
  }
  return [...byId.values()];
}

const lineOf = (row: TCircularDepartmentRow, rank: number) => {
  const worst = row.overdue[0];
  const overdue = row.overdue.length ? `逾期${row.overdue.length}项（“${shortTitle(worst!.title)}”逾期${worst!.days}天${row.overdue.length > 1 ? "等" : ""}）` : "无逾期";
  return `${rank}. ${row.name}：到期${row.due}项，按期办结${row.completedOnTime}项，按期完成率${row.onTimeRate}%，${overdue}，退回${row.returned}项，未反馈督办通知${row.unanswered}份。`;
};

/**
 * 月度通报: per department, tasks due in the month, completed on time, overdue
 * (with days), returned, notices unanswered, and a ranking of the departments
 * that had something due (best on-time rate first, then fewest overdue).
 */
export function buildMonthlyCircular(input: TMonthlyCircularInput): TMonthlyCircular {
  const all = rows(input);
  const ranking = all
    .filter((r) => r.due > 0)
    .sort((a, b) => b.onTimeRate - a.onTimeRate || a.overdue.length - b.overdue.length || b.due - a.due || a.name.localeCompare(b.name, "zh-CN"));
  const unranked = all.filter((r) => r.due === 0 && (r.returned > 0 || r.unanswered > 0)).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  const sum = (pick: (r: TCircularDepartmentRow) => number) => all.reduce((n, r) => n + pick(r), 0);
  const totals = {
    due: input.tasksDue.length,
    completedOnTime: sum((r) => r.completedOnTime),
    overdue: sum((r) => r.overdue.length),
    returned: input.returned.length,
    unanswered: sum((r) => r.unanswered),
  };
  const [year, month] = input.month.split("-").map(Number) as [number, number];
  const when = `${year}年${month}月`;
  const lines = ranking.map((row, i) => lineOf(row, i + 1));
  // A provincial list does not fit one notice: the best and the worst, and how many lie between.
  const fits = lines.join("\n").length <= CONTENT_BUDGET - 1_000;
  const shown = fits || lines.length <= RANKING_EDGE * 2 ? lines : [...lines.slice(0, RANKING_EDGE), `（中间${lines.length - RANKING_EDGE * 2}个单位略）`, ...lines.slice(-RANKING_EDGE)];
  const parts = [
    `现将${when}全区法治政府建设任务推进情况通报如下：`,
    `${chineseNumber(1)}、总体情况。${when}共有${totals.due}项任务到期，按期办结${totals.completedOnTime}项，逾期未完成${totals.overdue}项；当月退回整改${totals.returned}项；尚有${totals.unanswered}份督办通知未反馈。`,
    `${chineseNumber(2)}、各单位情况（按按期完成率排名，本月无到期任务的单位不参与排名）。`,
    ...(shown.length ? shown : ["本月无到期任务。"]),
  ];
  if (unranked.length) {
    parts.push(`未参与排名但有退回或未反馈事项的单位：${unranked.map((r) => `${r.name}（退回${r.returned}项，未反馈${r.unanswered}份）`).join("；")}。`);
  }
  parts.push(
    `${chineseNumber(3)}、有关要求。请逾期未完成任务的单位认真分析原因，明确整改措施和完成时限，尽快办结；请未反馈督办通知的单位及时书面反馈办理情况。`,
  );
  let content = parts.join("\n");
  if (content.length > CONTENT_BUDGET) content = `${content.slice(0, CONTENT_BUDGET - 1)}…`;
  return { title: `关于${when}法治政府建设任务推进情况的通报`, content, ranking, unranked, totals, taskIds: input.tasksDue.map((t) => t.id) };
}
