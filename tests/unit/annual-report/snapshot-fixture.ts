import type { TPlanYearSnapshot, TSnapshotTask } from "@/lib/domain/annual-report";

const task = (over: Partial<TSnapshotTask> & Pick<TSnapshotTask, "id" | "title">): TSnapshotTask => ({
  goalId: "g1-1",
  status: "in_progress",
  dueDate: "2022-12-31",
  originalDueDate: "2022-12-31",
  completedDay: null,
  progress: 0,
  completionNote: null,
  leadDepartment: "区司法局",
  ...over,
});

/** A small plan year: two sections (one without tasks), a problem, and tasks in every state the report speaks of. */
export function sampleSnapshot(): TPlanYearSnapshot {
  return {
    unitName: "梁园区",
    plan: { id: "plan-2022", title: "梁园区2022年度法治政府建设工作安排", year: 2022 },
    asOf: "2023-01-20",
    goals: [
      { id: "g1", parentId: null, kind: "section", code: "一、", title: "依法全面履行政府职能" },
      { id: "g1-1", parentId: "g1", kind: "item", code: "（一）", title: "持续优化法治化营商环境" },
      { id: "g2", parentId: null, kind: "section", code: "二、", title: "加强行政规范性文件管理。" },
      { id: "g3", parentId: null, kind: "group", code: "", title: "存在问题" },
      { id: "g3-1", parentId: "g3", kind: "problem", code: "一是", title: "法治专业人才缺乏" },
    ],
    tasks: [
      task({ id: "t-done", title: "深化信用体系建设", status: "completed", completedDay: "2022-11-30", progress: 100, completionNote: "累计上报信用信息记录19904条" }),
      task({ id: "t-late", title: "提升政务服务水平", status: "completed", completedDay: "2023-01-05", dueDate: "2023-01-10", progress: 100, completionNote: "进驻大厅单位22个。" }),
      task({ id: "t-overdue", title: "规范行政权力运行", dueDate: "2022-12-31", progress: 40, leadDepartment: "区市场监督管理局" }),
      task({ id: "t-open", title: "深化价格改革", dueDate: "2023-03-31", progress: 60 }),
      task({ id: "t-problem", goalId: "g3-1", title: "加强法治人才培养", dueDate: "2023-06-30", progress: 20, leadDepartment: "区委组织部" }),
    ],
    progress: [
      { taskId: "t-open", day: "2022-12-20", percent: 60, note: "已完成收费项目逐一核对" },
      { taskId: "t-open", day: "2022-10-20", percent: 30, note: "启动核对" },
    ],
    indicators: [
      { taskId: "t-done", name: "信用信息上报", unit: "条", target: "15000.00", actual: "19904" },
      { taskId: "t-open", name: "价格监测点", unit: "个", target: "12", actual: null },
    ],
    returns: [{ taskId: "t-late", action: "reject", day: "2022-12-20" }],
    extensions: [{ taskId: "t-late", fromDate: "2022-12-31", toDate: "2023-01-10" }],
    notices: [
      { id: "n1", kind: "urge", status: "closed", departmentName: "区市场监督管理局", taskIds: ["t-overdue"] },
      { id: "n2", kind: "interview", status: "issued", departmentName: "区市场监督管理局", taskIds: ["t-overdue"] },
    ],
    nextPlan: null,
    signature: null,
  };
}
