import type { TTaskStatus } from "@/lib/domain/codes";

// Which department leads a demo task, by words in its goal (first match wins).
export const LEAD_BY_KEYWORD: [RegExp, string][] = [
  [/市场准入|价格|收费|市场监管/, "区市场监督管理局"],
  [/信用|营商环境|放管服|高质量发展/, "区发展和改革委员会"],
  [/政务服务|数据资源|网上办/, "区政务服务和大数据管理局"],
  [/执法体制|综合行政执法|编制/, "区委编办"],
  [/生态|污染|绿色|环境保护/, "市生态环境局梁园分局"],
  [/审计/, "区审计局"],
  [/信访|接访/, "区信访局"],
  [/政务公开|网站|信息公开|新媒体|人大|政协/, "区政府办公室"],
  [/用人导向|考核机制|干部队伍|政治站位/, "区委组织部"],
  [/宣传活动|文化阵地/, "区委宣传部"],
];
export const DEFAULT_LEAD = "区司法局";

export type TDemoTaskSpec = {
  status: TTaskStatus;
  /** Due date as days from today (negative: in the past). */
  due: number;
  progress?: number;
  /** Start date as days from today. */
  start?: number;
  extension?: "pending" | "approved";
};

// Twenty situations a supervisor meets, repeated over the plan's work items:
// overdue (signed and unsigned), due this week, behind schedule, under review,
// extended, completed, cancelled and drafts.
export const DEMO_TASK_PATTERN: TDemoTaskSpec[] = [
  { status: "in_progress", due: -12, progress: 40, start: -90 },
  { status: "in_progress", due: 3, progress: 70, start: -60 },
  { status: "completed", due: -20 },
  { status: "in_progress", due: 45, progress: 60, start: -30 },
  { status: "assigned", due: 20 },
  { status: "submitted", due: 10, progress: 100 },
  { status: "in_progress", due: -3, progress: 80, start: -60 },
  { status: "in_progress", due: 90, progress: 10, start: -120 },
  { status: "draft", due: 60 },
  { status: "completed", due: 15 },
  { status: "in_progress", due: 6, progress: 50, extension: "pending" },
  { status: "assigned", due: -2 },
  { status: "in_progress", due: 120, progress: 30, extension: "approved" },
  { status: "cancelled", due: 30 },
  { status: "in_progress", due: -25, progress: 20, start: -100 },
  { status: "submitted", due: -1, progress: 100 },
  { status: "in_progress", due: 30, progress: 45 },
  { status: "completed", due: -5 },
  { status: "in_progress", due: 1, progress: 85 },
  { status: "assigned", due: 40 },
];

export function leadDepartmentFor(text: string): string {
  return LEAD_BY_KEYWORD.find(([pattern]) => pattern.test(text))?.[1] ?? DEFAULT_LEAD;
}
