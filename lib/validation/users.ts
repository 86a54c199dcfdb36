import { ROLES } from "@/lib/domain/codes";
import { requiredText, ZAccountName, ZId, ZOptionalId, ZOptionalPhone, ZPassword, ZVersion } from "./common";
import { z } from "./zod";

export const ZRoles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);

const DEPARTMENT_ROLES = new Set(["dept_head", "dept_officer"]);
/** Department heads and officers act for a department, so they must have one. */
const needsDepartment = (v: { roles: string[]; departmentId: string | null }) =>
  !v.roles.some((r) => DEPARTMENT_ROLES.has(r)) || v.departmentId !== null;
const departmentRule = { path: ["departmentId"], error: "departmentRequiredForRole" };

export const ZUserCreateSchema = z
  .object({
    account: ZAccountName,
    name: requiredText(50),
    phone: ZOptionalPhone,
    departmentId: ZOptionalId,
    roles: ZRoles,
    password: ZPassword,
  })
  .refine(needsDepartment, departmentRule);
export type TUserCreateInput = z.input<typeof ZUserCreateSchema>;

export const ZUserUpdateSchema = z
  .object({
    id: ZId,
    version: ZVersion,
    name: requiredText(50),
    phone: ZOptionalPhone,
    departmentId: ZOptionalId,
    roles: ZRoles,
  })
  .refine(needsDepartment, departmentRule);
export type TUserUpdateInput = z.input<typeof ZUserUpdateSchema>;

export const ZResetPasswordSchema = z.object({ id: ZId, version: ZVersion, password: ZPassword });
export type TResetPasswordInput = z.input<typeof ZResetPasswordSchema>;

export const ZSetUserStatusSchema = z.object({
  id: ZId,
  version: ZVersion,
  status: z.enum(["active", "disabled"]),
});

export const ZDecideRegistrationSchema = z
  .object({
    id: ZId,
    version: ZVersion,
    approve: z.boolean(),
    roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
    departmentId: ZOptionalId,
  })
  .refine((v) => !v.approve || v.roles.length > 0, { path: ["roles"], error: "chooseOne" })
  .refine((v) => !v.approve || needsDepartment(v), departmentRule);
export type TDecideRegistrationInput = z.input<typeof ZDecideRegistrationSchema>;
