import { describe, expect, it } from "vitest";
import { ZRegistrationSchema, ZSignInSchema } from "@/lib/validation/auth";
import { ZDepartmentCreateSchema } from "@/lib/validation/departments";
import { ZDecideRegistrationSchema, ZUserCreateSchema } from "@/lib/validation/users";

const firstMessage = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);

describe("shared schemas", () => {
  it("normalises an account name and refuses a malformed one", () => {
    const ok = ZUserCreateSchema.parse({ account: " Zhang_San ", name: "张三", roles: ["supervisor"], password: "Demo#2026" });
    expect(ok.account).toBe("zhang_san");
    expect(ok.phone).toBeNull();
    expect(ok.departmentId).toBeNull();
    expect(firstMessage(ZUserCreateSchema.safeParse({ account: "张三", name: "x", roles: ["leader"], password: "Demo#2026" }))).toEqual([
      "account:accountFormat",
    ]);
  });

  it("requires a department for department roles", () => {
    const result = ZUserCreateSchema.safeParse({ account: "abc", name: "x", roles: ["dept_head"], password: "Demo#2026" });
    expect(firstMessage(result)).toEqual(["departmentId:departmentRequiredForRole"]);
  });

  it("gives message keys with limits", () => {
    expect(firstMessage(ZDepartmentCreateSchema.safeParse({ name: "部".repeat(101), kind: "district", sortOrder: 1 }))).toEqual([
      "name:tooLong:100",
    ]);
    expect(firstMessage(ZDepartmentCreateSchema.safeParse({ name: "  ", kind: "nope", sortOrder: -1 }))).toEqual([
      "name:required",
      "kind:invalidChoice",
      "sortOrder:tooSmall:0",
    ]);
    expect(firstMessage(ZSignInSchema.safeParse({ login: "a", password: "b", method: "email" }))).toEqual(["method:invalidChoice"]);
  });

  it("checks the registration's password policy, confirmation and phone", () => {
    const result = ZRegistrationSchema.safeParse({
      account: "newbie",
      name: "新人",
      phone: "123",
      password: "password",
      confirmPassword: "different",
    });
    expect(firstMessage(result)).toEqual(["phone:phoneFormat", "password:password_tooSimple", "confirmPassword:passwordMismatch"]);
    const mismatch = ZRegistrationSchema.safeParse({ account: "newbie", name: "新人", password: "Demo#2026", confirmPassword: "Demo#2027" });
    expect(firstMessage(mismatch)).toEqual(["confirmPassword:passwordMismatch"]);
  });

  it("needs roles to approve but not to reject a registration", () => {
    const id = "7d1f5f8e-4a57-4c3e-9a0b-1f2d3c4b5a69";
    expect(ZDecideRegistrationSchema.safeParse({ id, version: 1, approve: false }).success).toBe(true);
    expect(firstMessage(ZDecideRegistrationSchema.safeParse({ id, version: 1, approve: true, roles: [] }))).toEqual(["roles:chooseOne"]);
  });
});
