import { describe, expect, it } from "vitest";
import { ROLES, type TRole } from "@/lib/domain/codes";
import { assertCan, can, PERMISSIONS, type TPermission } from "@/lib/domain/permissions";
import { actsForDepartment, canSeeDepartments, visibleDepartmentIds } from "@/lib/domain/scope";

// The specification of docs/product.md's role table, written out independently of
// lib/domain/permissions.ts: columns admin, supervisor, leader, dept_head, dept_officer.
const EXPECTED: Record<TPermission, string> = {
  "department:manage": "x....",
  "user:manage": "x....",
  "registration:decide": "x....",
  "plan:manage": "x....",
  "plan:import": "xx...",
  // Issue 15: 年度结转 moves every department's unfinished work into the next plan.
  "plan:rollover": "xx...",
  "audit:read": "x....",
  "data:read_all": "xxx..",
  "task:create": "xx...",
  "task:edit": "xx...",
  "task:publish": "xx...",
  "task:reassign": "xx...",
  "task:cancel": "xx...",
  "task:reopen": "xx...",
  "task:review": "xx...",
  "task:accept": "...xx",
  "task:decline": "...x.",
  "task:submit": "...x.",
  // Issue 12: the 联络员 prepares the 办结申请 (note + evidence) that the head submits.
  "task:prepare_completion": "....x",
  "task:set_owner": "...x.",
  "task:report_progress": "...xx",
  "extension:request": "...x.",
  "extension:decide": "xx...",
  "notice:issue": "xx...",
  "notice:close": "xx...",
  "notice:sign": "...x.",
  "notice:respond": "...x.",
  "notice:draft_response": "...xx",
  "instruction:write": "..x..",
  // Issue 14: a supervisor or admin writes the annual report draft; a leader reads it.
  "report:edit": "xx...",
  // Issue 15: an admin maintains the indicator frameworks and their 考核 weights.
  "indicator:manage": "x....",
  "token:manage_own": "xxxxx",
};

describe("permission table", () => {
  it("covers every permission in the specification", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  for (const permission of PERMISSIONS) {
    ROLES.forEach((role, column) => {
      const allowed = EXPECTED[permission][column] === "x";
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can({ roles: [role] }, permission)).toBe(allowed);
        if (allowed) expect(() => assertCan({ roles: [role] }, permission)).not.toThrow();
        else expect(() => assertCan({ roles: [role] }, permission)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
      });
    });
  }

  it("grants the union of several roles and nothing to an account without roles", () => {
    const both: TRole[] = ["leader", "dept_head"];
    expect(can({ roles: both }, "instruction:write")).toBe(true);
    expect(can({ roles: both }, "task:submit")).toBe(true);
    expect(can({ roles: both }, "task:publish")).toBe(false);
    for (const permission of PERMISSIONS) expect(can({ roles: [] }, permission)).toBe(false);
  });

  it("lets a leader change nothing but instructions", () => {
    const writes = PERMISSIONS.filter((p) => p !== "data:read_all" && p !== "token:manage_own");
    expect(writes.filter((p) => can({ roles: ["leader"] }, p))).toEqual(["instruction:write"]);
  });
});

describe("department scoping", () => {
  const dept = "d-1";
  it("shows everything to roles that read all", () => {
    for (const role of ["admin", "supervisor", "leader"] as const) {
      expect(visibleDepartmentIds({ roles: [role], departmentId: dept })).toBeNull();
      expect(canSeeDepartments({ roles: [role], departmentId: null }, ["other"])).toBe(true);
    }
  });

  it("limits department users to their own department", () => {
    for (const role of ["dept_head", "dept_officer"] as const) {
      const actor = { roles: [role], departmentId: dept };
      expect(visibleDepartmentIds(actor)).toEqual([dept]);
      expect(canSeeDepartments(actor, ["other", dept])).toBe(true);
      expect(canSeeDepartments(actor, ["other"])).toBe(false);
      expect(actsForDepartment(actor, dept)).toBe(true);
      expect(actsForDepartment(actor, "other")).toBe(false);
    }
  });

  it("shows nothing to a department user without a department", () => {
    const actor = { roles: ["dept_officer"] as TRole[], departmentId: null };
    expect(visibleDepartmentIds(actor)).toEqual([]);
    expect(canSeeDepartments(actor, [dept])).toBe(false);
    expect(actsForDepartment(actor, null)).toBe(false);
  });
});
