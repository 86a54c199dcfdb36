import type { TNoticeKind, TTaskStatus } from "@/lib/domain/codes";

// The plan-year snapshot (gathered by db/queries/annual-report) and the document
// model the pure builder makes from it. Dates are calendar days (YYYY-MM-DD) in
// APP_TIMEZONE, decided by the query, so the builder never reads a clock.

export type TSnapshotGoal = { id: string; parentId: string | null; kind: string; code: string; title: string };

export type TSnapshotTask = {
  id: string;
  goalId: string | null;
  title: string;
  status: TTaskStatus;
  dueDate: string | null;
  /** The due date at publication, before any approved extension. */
  originalDueDate: string | null;
  completedDay: string | null;
  progress: number;
  completionNote: string | null;
  leadDepartment: string | null;
};

export type TSnapshotProgress = { taskId: string; day: string; percent: number; note: string };
export type TSnapshotIndicator = { taskId: string; name: string; unit: string; target: string | null; actual: string | null };
/** 退回整改 by a supervisor (reject) or 退回 by the lead department (decline). */
export type TSnapshotReturn = { taskId: string; action: "reject" | "decline"; day: string };
export type TSnapshotExtension = { taskId: string; fromDate: string; toDate: string };
export type TSnapshotNotice = { id: string; kind: TNoticeKind; status: string; departmentName: string | null; taskIds: string[] };

export type TPlanYearSnapshot = {
  unitName: string;
  plan: { id: string; title: string; year: number };
  /** The day the draft is written: overdue days are counted to it. */
  asOf: string;
  /** Goals in document order (siblings by sort order, depth-first). */
  goals: TSnapshotGoal[];
  /** Tasks of the plan in their creation order, drafts and cancelled ones excluded. */
  tasks: TSnapshotTask[];
  /** The last progress reports of each task, newest first (at most two per task). */
  progress: TSnapshotProgress[];
  indicators: TSnapshotIndicator[];
  returns: TSnapshotReturn[];
  extensions: TSnapshotExtension[];
  /** Issued notices (not drafts) naming the plan's tasks. */
  notices: TSnapshotNotice[];
  nextPlan: { id: string; title: string; year: number; sections: string[] } | null;
  /** Optional signature line (REPORT_SIGNATURE); the unit's name otherwise. */
  signature: string | null;
};

export type TParagraphKind = "title" | "opening" | "heading1" | "heading2" | "body" | "prompt" | "signature" | "date";

/**
 * One paragraph of the draft. The id is stable for the same plan and data
 * (goal and task ids, fixed names), so an author's edit stays on its paragraph
 * when the draft is generated again.
 */
export type TReportParagraph = { id: string; kind: TParagraphKind; text: string; taskIds: string[] };

export type TReportFigures = {
  tasks: number;
  completed: number;
  completedOnTime: number;
  /** Completed ÷ tasks, in whole percent (0 when there are no tasks). */
  completionRate: number;
  overdue: number;
  inProgress: number;
  returned: number;
  extended: number;
  notices: number;
};

export type TDepartmentRow = { name: string; tasks: number; completed: number; completedOnTime: number; overdue: number; returned: number };

export type TAnnualReport = {
  planId: string;
  year: number;
  title: string;
  asOf: string;
  figures: TReportFigures;
  departments: TDepartmentRow[];
  paragraphs: TReportParagraph[];
};
