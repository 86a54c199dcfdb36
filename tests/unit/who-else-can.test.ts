import { describe, expect, it } from "vitest";
import type { TTaskCapabilitySubject } from "@/lib/domain/capabilities/task";
import { whoElseCan } from "@/lib/domain/capabilities/who-else-can";

const LEAD = "dept-lead";
const OTHER = "dept-other";
const context = { today: "2026-12-06", extensionMaxRequests: 2, completionRequiresAllMilestones: false };
const task = (status: TTaskCapabilitySubject["status"]): TTaskCapabilitySubject => ({
  status,
  leadDepartmentId: LEAD,
  dueDate: "2026-12-31",
  progressReportCount: 1,
  cooperatingDepartmentIds: [OTHER],
  extensions: { pending: false, made: 0 },
  openMilestones: 0,
  progress: 100,
  preparedCompletion: false,
});

describe("who else can act on a task (the hint under its buttons)", () => {
  it("tells the 联络员 that 申请办结 and 申请延期 are the 单位负责人's", () => {
    const hints = whoElseCan(task("in_progress"), { roles: ["dept_officer"], departmentId: LEAD }, context);
    expect(hints.submit).toEqual(["dept_head"]);
    expect(hints.requestExtension).toEqual(["dept_head"]);
  });

  it("tells a department head that review is the 督查员's once submitted", () => {
    const hints = whoElseCan(task("submitted"), { roles: ["dept_head"], departmentId: LEAD }, context);
    expect(hints.approve).toEqual(["supervisor"]);
    expect(hints.reject).toEqual(["supervisor"]);
    expect(hints.submit).toBeUndefined(); // nobody can submit a submitted task
  });

  it("gives no hint for what the actor may do, nor for what no role may do now", () => {
    const hints = whoElseCan(task("in_progress"), { roles: ["dept_head"], departmentId: LEAD }, context);
    expect(hints.submit).toBeUndefined();
    expect(hints.accept).toBeUndefined();
  });

  it("does not send a cooperating department to its own head for the lead's steps", () => {
    const hints = whoElseCan(task("in_progress"), { roles: ["dept_officer"], departmentId: OTHER }, context);
    expect(hints.submit).toBeUndefined();
    expect(hints.requestExtension).toBeUndefined();
  });
});
