import type { TTaskStatus } from "@/lib/domain/codes";

/** A task due in the month (current due date), with its lead department. */
export type TCircularTask = {
  id: string;
  title: string;
  status: TTaskStatus;
  dueDate: string;
  completedDay: string | null;
  departmentId: string | null;
  departmentName: string | null;
};

export type TMonthlyCircularInput = {
  /** YYYY-MM */
  month: string;
  /** Today: overdue days are counted to it. */
  asOf: string;
  departments: { id: string; name: string }[];
  tasksDue: TCircularTask[];
  /** Tasks returned (退回整改 or 退回) during the month, by lead department. */
  returned: { taskId: string; departmentId: string | null }[];
  /** Notices issued to a department and not yet answered (issued or signed), per department. */
  unanswered: { departmentId: string; count: number }[];
};

export type TCircularDepartmentRow = {
  departmentId: string;
  name: string;
  due: number;
  completedOnTime: number;
  overdue: { taskId: string; title: string; days: number }[];
  returned: number;
  unanswered: number;
  /** Completed on time ÷ due, whole percent. */
  onTimeRate: number;
};

export type TMonthlyCircular = {
  title: string;
  content: string;
  /** Departments with something due, best first. */
  ranking: TCircularDepartmentRow[];
  /** Departments with nothing due this month: not ranked, but their returns and unanswered notices still count. */
  unranked: TCircularDepartmentRow[];
  totals: { due: number; completedOnTime: number; overdue: number; returned: number; unanswered: number };
  /** The tasks the circular names: due in the month. */
  taskIds: string[];
};
