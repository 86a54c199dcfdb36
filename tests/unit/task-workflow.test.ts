import { describe, expect, it } from "vitest";
import { ROLES, TASK_STATUSES, type TRole, type TTaskStatus } from "@/lib/domain/codes";
import { applyTransition, availableActions, TASK_ACTIONS, type TTaskAction } from "@/lib/domain/task-workflow";

// docs/product.md's table, written out independently: action → [from statuses, to, roles, lead department only?]
const SPEC: Record<TTaskAction, { from: TTaskStatus[]; to: TTaskStatus; roles: TRole[]; leadOnly: boolean }> = {
  publish: { from: ["draft"], to: "assigned", roles: ["admin", "supervisor"], leadOnly: false },
  accept: { from: ["assigned"], to: "in_progress", roles: ["dept_head", "dept_officer"], leadOnly: true },
  decline: { from: ["assigned"], to: "draft", roles: ["dept_head"], leadOnly: true },
  submit: { from: ["in_progress"], to: "submitted", roles: ["dept_head"], leadOnly: true },
  approve: { from: ["submitted"], to: "completed", roles: ["admin", "supervisor"], leadOnly: false },
  reject: { from: ["submitted"], to: "in_progress", roles: ["admin", "supervisor"], leadOnly: false },
  reopen: { from: ["completed"], to: "in_progress", roles: ["admin", "supervisor"], leadOnly: false },
  cancel: { from: ["draft", "assigned", "in_progress", "submitted"], to: "cancelled", roles: ["admin", "supervisor"], leadOnly: false },
};

const LEAD = "dept-lead";
const COOPERATING = "dept-coop";
const RELATIONS = { lead: LEAD, cooperating: COOPERATING, none: null } as const;
const fullInput = { reason: "理由充分" };

describe("task transitions: every status × action × role × department", () => {
  for (const status of TASK_STATUSES) {
    for (const action of TASK_ACTIONS) {
      for (const role of ROLES) {
        for (const [relation, departmentId] of Object.entries(RELATIONS)) {
          const spec = SPEC[action];
          const roleOk = spec.roles.includes(role);
          const departmentOk = !spec.leadOnly || relation === "lead";
          const statusOk = spec.from.includes(status);
          const name = `${action} on ${status} by ${role} (${relation})`;
          it(name, () => {
            const task = { status, leadDepartmentId: LEAD, dueDate: "2026-06-30", progressReportCount: 1 };
            const result = applyTransition(task, action, { roles: [role], departmentId }, fullInput);
            if (!roleOk) expect(result).toEqual({ ok: false, refusal: "forbidden_role" });
            else if (!departmentOk) expect(result).toEqual({ ok: false, refusal: "wrong_department" });
            else if (!statusOk) expect(result).toEqual({ ok: false, refusal: "wrong_status" });
            else expect(result).toEqual({ ok: true, to: spec.to });
            const offered = availableActions(task, { roles: [role], departmentId }).includes(action);
            expect(offered).toBe(roleOk && departmentOk && statusOk);
          });
        }
      }
    }
  }
});

describe("transition requirements", () => {
  const supervisor = { roles: ["supervisor"] as TRole[], departmentId: null };
  const head = { roles: ["dept_head"] as TRole[], departmentId: LEAD };
  const base = { leadDepartmentId: LEAD, dueDate: "2026-06-30", progressReportCount: 1 };

  it.each(["decline", "reject", "reopen", "cancel"] as const)("%s needs a reason (blank is not one)", (action) => {
    const status = SPEC[action].from[0]!;
    const actor = action === "decline" ? head : supervisor;
    expect(applyTransition({ ...base, status }, action, actor, {})).toEqual({ ok: false, refusal: "reason_required" });
    expect(applyTransition({ ...base, status }, action, actor, { reason: "  \n " })).toEqual({ ok: false, refusal: "reason_required" });
    expect(applyTransition({ ...base, status }, action, actor, { reason: "x" }).ok).toBe(true);
  });

  it("submit needs a completion note and at least one progress report", () => {
    const task = { ...base, status: "in_progress" as const };
    expect(applyTransition(task, "submit", head, {})).toEqual({ ok: false, refusal: "completion_note_required" });
    expect(applyTransition({ ...task, progressReportCount: 0 }, "submit", head, { reason: "已完成" })).toEqual({
      ok: false,
      refusal: "progress_report_required",
    });
    expect(applyTransition(task, "submit", head, { reason: "已完成" })).toEqual({ ok: true, to: "submitted" });
  });

  it("publish needs a lead department and a due date", () => {
    const draft = { ...base, status: "draft" as const };
    expect(applyTransition({ ...draft, leadDepartmentId: null }, "publish", supervisor, {})).toEqual({
      ok: false,
      refusal: "lead_and_due_required",
    });
    expect(applyTransition({ ...draft, dueDate: null }, "publish", supervisor, {})).toEqual({ ok: false, refusal: "lead_and_due_required" });
    expect(applyTransition(draft, "publish", supervisor, {})).toEqual({ ok: true, to: "assigned" });
  });

  it("a department user without a department can never act for a lead department", () => {
    const task = { ...base, status: "assigned" as const };
    expect(applyTransition(task, "accept", { roles: ["dept_officer"], departmentId: null }, {})).toEqual({
      ok: false,
      refusal: "wrong_department",
    });
  });
});
