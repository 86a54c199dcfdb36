import { describe, expect, it } from "vitest";
import { isNoticeVisible } from "@/lib/domain/notice-visibility";

const OWN = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";
const officer = { roles: ["dept_officer" as const], departmentId: OWN };
const homeless = { roles: ["dept_head" as const], departmentId: null };

describe("notice visibility", () => {
  it("shows every notice, drafts included, to supervisors and leaders", () => {
    for (const role of ["admin", "supervisor", "leader"] as const) {
      expect(isNoticeVisible({ roles: [role], departmentId: null }, { kind: "urge", status: "draft", departmentId: OTHER })).toBe(true);
    }
  });

  it("shows a department its own issued notices and every circular, never a draft", () => {
    expect(isNoticeVisible(officer, { kind: "supervise", status: "issued", departmentId: OWN })).toBe(true);
    expect(isNoticeVisible(officer, { kind: "supervise", status: "closed", departmentId: OTHER })).toBe(false);
    expect(isNoticeVisible(officer, { kind: "circular", status: "issued", departmentId: null })).toBe(true);
    expect(isNoticeVisible(homeless, { kind: "circular", status: "issued", departmentId: null })).toBe(true);
    expect(isNoticeVisible(officer, { kind: "urge", status: "draft", departmentId: OWN })).toBe(false);
    expect(isNoticeVisible(officer, { kind: "circular", status: "draft", departmentId: null })).toBe(false);
  });
});
