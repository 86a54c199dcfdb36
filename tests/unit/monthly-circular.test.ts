import { describe, expect, it } from "vitest";
import { buildMonthlyCircular, CONTENT_BUDGET, type TCircularTask, type TMonthlyCircularInput } from "@/lib/domain/monthly-circular";

const task = (over: Partial<TCircularTask> & Pick<TCircularTask, "id">): TCircularTask => ({
  title: `任务${over.id}`,
  status: "in_progress",
  dueDate: "2026-11-20",
  completedDay: null,
  departmentId: "sfj",
  departmentName: "区司法局",
  ...over,
});

const input = (): TMonthlyCircularInput => ({
  month: "2026-11",
  asOf: "2026-12-03",
  departments: [
    { id: "sfj", name: "区司法局" },
    { id: "scj", name: "区市场监督管理局" },
    { id: "czj", name: "区财政局" },
    { id: "idle", name: "区档案馆" },
  ],
  tasksDue: [
    task({ id: "a", status: "completed", completedDay: "2026-11-18" }),
    task({ id: "b", status: "completed", completedDay: "2026-11-25" }),
    task({ id: "c", dueDate: "2026-11-30" }),
    task({ id: "d", departmentId: "scj", departmentName: "区市场监督管理局", status: "completed", completedDay: "2026-11-10" }),
  ],
  returned: [{ taskId: "c", departmentId: "sfj" }, { taskId: "x", departmentId: "czj" }],
  unanswered: [{ departmentId: "sfj", count: 2 }, { departmentId: "czj", count: 1 }],
});

describe("monthly circular", () => {
  it("counts per department and ranks only units with something due", () => {
    const circular = buildMonthlyCircular(input());
    expect(circular.title).toBe("关于2026年11月法治政府建设任务推进情况的通报");
    expect(circular.ranking.map((r) => [r.name, r.due, r.completedOnTime, r.overdue.length, r.returned, r.unanswered, r.onTimeRate])).toEqual([
      ["区市场监督管理局", 1, 1, 0, 0, 0, 100],
      ["区司法局", 3, 1, 1, 1, 2, 33],
    ]);
    expect(circular.ranking[1]!.overdue).toEqual([{ taskId: "c", title: "任务c", days: 3 }]);
    expect(circular.unranked.map((r) => r.name)).toEqual(["区财政局"]);
    expect(circular.totals).toEqual({ due: 4, completedOnTime: 2, overdue: 1, returned: 2, unanswered: 3 });
    expect(circular.taskIds).toEqual(["a", "b", "c", "d"]);
  });

  it("writes the circular's text with the overdue days and the ranking", () => {
    const { content } = buildMonthlyCircular(input());
    expect(content).toContain("2026年11月共有4项任务到期，按期办结2项，逾期未完成1项");
    expect(content).toContain("1. 区市场监督管理局：到期1项，按期办结1项，按期完成率100%，无逾期");
    expect(content).toContain("2. 区司法局：到期3项，按期办结1项，按期完成率33%，逾期1项（“任务c”逾期3天），退回1项，未反馈督办通知2份。");
    expect(content).toContain("区财政局（退回1项，未反馈1份）");
    expect(content).not.toContain("区档案馆");
  });

  it("says so in a month with nothing due", () => {
    const circular = buildMonthlyCircular({ ...input(), tasksDue: [], returned: [], unanswered: [] });
    expect(circular.ranking).toEqual([]);
    expect(circular.content).toContain("本月无到期任务。");
  });

  it("fits a provincial month into one notice", () => {
    const departments = Array.from({ length: 300 }, (_, i) => ({ id: `d${i}`, name: `第${i}个单位名称较长的局` }));
    const tasksDue = departments.flatMap((d, i) => [task({ id: `${d.id}-1`, departmentId: d.id, departmentName: d.name, dueDate: `2026-11-${String((i % 28) + 1).padStart(2, "0")}` })]);
    const circular = buildMonthlyCircular({ ...input(), departments, tasksDue, returned: [], unanswered: [] });
    expect(circular.ranking).toHaveLength(300);
    expect(circular.content.length).toBeLessThanOrEqual(CONTENT_BUDGET);
    expect(circular.content).toContain("（中间280个单位略）");
  });
});
