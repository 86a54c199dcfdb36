import { describe, expect, it } from "vitest";
import { TASK_STATUSES } from "@/lib/domain/codes";
import { planCapabilities } from "@/lib/domain/capabilities/plan";
import {
  defaultCarriedDueDate, isCarriedDueDateAllowed, isRolloverYear, mapGoals, rolloverPlanTitle, rolloverSkip, successorStatus, type TGoalNode, yearEnd,
} from "@/lib/domain/rollover";
import { applyTransition, availableActions, isClosedStatus } from "@/lib/domain/task-workflow";
import { warningLevel } from "@/lib/domain/warning";

const actor = (role: "admin" | "supervisor" | "leader" | "dept_head" | "dept_officer") => ({ roles: [role], departmentId: role.startsWith("dept") ? "d1" : null });

describe("which tasks a rollover carries", () => {
  it("carries drafts and open tasks, skips finished ones and those already carried", () => {
    const carried = TASK_STATUSES.filter((s) => rolloverSkip(s) === null);
    expect(carried).toEqual(["draft", "assigned", "in_progress", "submitted"]);
    expect(rolloverSkip("completed")).toBe("finished");
    expect(rolloverSkip("cancelled")).toBe("finished");
    expect(rolloverSkip("carried_over")).toBe("alreadyCarried");
  });

  it("gives the successor a status where the work goes on", () => {
    expect(successorStatus("draft")).toBe("draft");
    expect(successorStatus("assigned")).toBe("assigned");
    expect(successorStatus("in_progress")).toBe("in_progress");
    expect(successorStatus("submitted")).toBe("in_progress");
  });

  it("goes forward by one to five years", () => {
    expect(isRolloverYear(2026, 2027)).toBe(true);
    expect(isRolloverYear(2026, 2031)).toBe(true);
    expect(isRolloverYear(2026, 2026)).toBe(false);
    expect(isRolloverYear(2026, 2025)).toBe(false);
    expect(isRolloverYear(2026, 2032)).toBe(false);
  });
});

describe("the successor's due date", () => {
  it("is the same day in the target year, 29 February the 28th in a common year, 年底 without a date", () => {
    expect(defaultCarriedDueDate("2026-06-30", 2027)).toBe("2027-06-30");
    expect(defaultCarriedDueDate("2026-12-31", 2027)).toBe("2027-12-31");
    expect(defaultCarriedDueDate("2024-02-29", 2025)).toBe("2025-02-28");
    expect(defaultCarriedDueDate("2027-02-28", 2028)).toBe("2028-02-28");
    // A deadline later than the target year is never pulled back: it moves a year on from itself.
    expect(defaultCarriedDueDate("2026-11-12", 2023)).toBe("2027-11-12");
    expect(defaultCarriedDueDate("2027-03-01", 2027)).toBe("2028-03-01");
    expect(defaultCarriedDueDate(null, 2027)).toBe("2027-12-31");
    expect(yearEnd(2027)).toBe("2027-12-31");
  });

  it("must fall in the target year or later", () => {
    expect(isCarriedDueDateAllowed("2027-01-01", 2027)).toBe(true);
    expect(isCarriedDueDateAllowed("2028-03-01", 2027)).toBe(true);
    expect(isCarriedDueDateAllowed("2026-12-31", 2027)).toBe(false);
  });
});

describe("the target plan", () => {
  it("moves the year in the title on, or names it", () => {
    expect(rolloverPlanTitle("2026年法治政府建设工作要点", 2026, 2027)).toBe("2027年法治政府建设工作要点");
    expect(rolloverPlanTitle("法治政府建设工作要点", 2026, 2027)).toBe("2027年法治政府建设工作要点");
  });

  const goal = (id: string, parentId: string | null, code: string, title: string): TGoalNode => ({ id, parentId, kind: parentId ? "item" : "section", code, title });
  const source = [goal("s1", null, "一、", "依法履职"), goal("s1a", "s1", "（一）", "简政放权"), goal("s1b", "s1", "（二）", "优化服务"), goal("s2", null, "二、", "依法决策")];

  it("maps each goal to the same place in a copied tree", () => {
    const copy = source.map((g) => ({ ...g, id: `t-${g.id}`, parentId: g.parentId ? `t-${g.parentId}` : null }));
    expect(Object.fromEntries(mapGoals(source, copy))).toEqual({ s1: "t-s1", s1a: "t-s1a", s1b: "t-s1b", s2: "t-s2" });
  });

  it("falls back to the nearest matched ancestor, or no goal, in a plan of its own", () => {
    const target = [goal("x1", null, "一、", "依法履职"), goal("x1a", "x1", "（一）", "简政放权"), goal("x9", null, "二、", "其他")];
    expect(Object.fromEntries(mapGoals(source, target))).toEqual({ s1: "x1", s1a: "x1a", s1b: "x1", s2: null });
  });
});

describe("结转 as a status", () => {
  it("is closed: no action of the workflow leads from it or to it, and it is never overdue", () => {
    expect(isClosedStatus("carried_over")).toBe(true);
    const task = { status: "carried_over" as const, leadDepartmentId: "d1", dueDate: "2020-01-01", progressReportCount: 1 };
    for (const role of ["admin", "supervisor", "dept_head", "dept_officer"] as const) expect(availableActions(task, actor(role))).toEqual([]);
    expect(applyTransition(task, "reopen", actor("supervisor"), { reason: "x" })).toEqual({ ok: false, refusal: "wrong_status" });
    expect(warningLevel({ status: "carried_over", dueDate: "2020-01-01", startDate: null, progress: 10 }, "2026-12-06")).toBe("done");
  });

  it("is started by supervisors and admins only", () => {
    expect(planCapabilities(actor("supervisor")).rollover.allowed).toBe(true);
    expect(planCapabilities(actor("admin")).rollover.allowed).toBe(true);
    for (const role of ["leader", "dept_head", "dept_officer"] as const) expect(planCapabilities(actor(role)).rollover).toMatchObject({ allowed: false, reason: { code: "FORBIDDEN" } });
  });
});
