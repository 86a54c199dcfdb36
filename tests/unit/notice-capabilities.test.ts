import { describe, expect, it } from "vitest";
import { noticeCapabilities } from "@/lib/domain/capabilities/notice";

const issued = { kind: "urge", status: "issued", departmentId: "d1" } as const;

describe("notice capabilities", () => {
  it("lets the addressed department's head sign, and says why others may not", () => {
    const head = noticeCapabilities(issued, { roles: ["dept_head"], departmentId: "d1" });
    expect(head.sign).toEqual({ allowed: true });
    expect(head.respond).toEqual({ allowed: false, reason: { code: "CONFLICT", message: "noticeWrongStatus" } });
    expect(noticeCapabilities(issued, { roles: ["dept_head"], departmentId: "d2" }).sign).toEqual({
      allowed: false,
      reason: { code: "FORBIDDEN", message: "notRecipientDepartment" },
    });
    expect(noticeCapabilities(issued, { roles: ["leader"], departmentId: null }).sign.allowed).toBe(false);
  });

  it("offers a draft for sending to those who issue notices only", () => {
    const draft = { ...issued, status: "draft" } as const;
    expect(noticeCapabilities(draft, { roles: ["supervisor"], departmentId: null }).sendDraft.allowed).toBe(true);
    expect(noticeCapabilities(issued, { roles: ["supervisor"], departmentId: null }).sendDraft.allowed).toBe(false);
    expect(noticeCapabilities(draft, { roles: ["leader"], departmentId: null })).toMatchObject({ sendDraft: { allowed: false }, writeInstruction: { allowed: true } });
  });
});
