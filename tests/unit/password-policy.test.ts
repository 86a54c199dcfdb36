import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPassword, countCharacterClasses } from "@/lib/domain/password-policy";
import { ZPassword } from "@/lib/validation/common";

describe("password policy", () => {
  it.each([
    ["Demo#2026", null],
    ["abcdEF12", null],
    ["abcdef1!", null],
    ["ABCDEF1!", null],
    ["Abcdefgh!", null],
    ["Ab1!", "tooShort"],
    ["Ab1!xyz", "tooShort"],
    ["abcdefgh", "tooSimple"],
    ["abcdefg1", "tooSimple"],
    ["ABCDEFG1", "tooSimple"],
    ["12345678", "tooSimple"],
    ["!!!!!!!1", "tooSimple"],
    ["Aa1" + "x".repeat(126), "tooLong"],
  ])("%s → %s", (password, problem) => {
    expect(checkPassword(password)).toBe(problem);
  });

  it("counts Chinese characters as symbols", () => {
    expect(countCharacterClasses("密码abc12")).toBe(3);
    expect(checkPassword("法治abc123")).toBeNull();
  });

  it("agrees with the zod schema for any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 140 }), (password) => {
        expect(ZPassword.safeParse(password).success).toBe(checkPassword(password) === null);
      }),
    );
  });

  it("accepts exactly the strings with 8+ characters and 3 classes", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8, maxLength: 128 }), (password) => {
        expect(checkPassword(password) === null).toBe(countCharacterClasses(password) >= 3);
      }),
    );
  });
});
