"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { checkAuditChain } from "@/lib/services/audit/check-audit-chain";
import { createDepartment } from "@/lib/services/departments/create-department";
import { setDepartmentActive, updateDepartment } from "@/lib/services/departments/update-department";
import { createUser } from "@/lib/services/users/create-user";
import { decideRegistration } from "@/lib/services/users/decide-registration";
import { resetPassword } from "@/lib/services/users/reset-password";
import { setUserStatus } from "@/lib/services/users/set-user-status";
import { updateUser } from "@/lib/services/users/update-user";
import { ZDepartmentActiveSchema, ZDepartmentCreateSchema, ZDepartmentUpdateSchema } from "@/lib/validation/departments";
import {
  ZDecideRegistrationSchema,
  ZResetPasswordSchema,
  ZSetUserStatusSchema,
  ZUserCreateSchema,
  ZUserUpdateSchema,
} from "@/lib/validation/users";
import { z } from "@/lib/validation/zod";

// Actions that take no input still validate it: anything sent is refused.
const ZNoInputSchema = z.object({}).strict();

const departmentsPath = "/admin/departments";
const usersPath = "/admin/users";

// Return ids only: the pages re-render from the database after revalidation.
export const createDepartmentAction = authedAction("department:manage", ZDepartmentCreateSchema, async (input, actor) => {
  const department = await createDepartment(actor, input);
  revalidatePath(departmentsPath);
  return { id: department.id };
});

export const updateDepartmentAction = authedAction("department:manage", ZDepartmentUpdateSchema, async (input, actor) => {
  const department = await updateDepartment(actor, input);
  revalidatePath(departmentsPath);
  return { id: department.id };
});

export const setDepartmentActiveAction = authedAction("department:manage", ZDepartmentActiveSchema, async (input, actor) => {
  const department = await setDepartmentActive(actor, input);
  revalidatePath(departmentsPath);
  return { id: department.id };
});

export const createUserAction = authedAction("user:manage", ZUserCreateSchema, async (input, actor) => {
  const user = await createUser(actor, input);
  revalidatePath(usersPath);
  return { id: user.id };
});

export const updateUserAction = authedAction("user:manage", ZUserUpdateSchema, async (input, actor) => {
  const user = await updateUser(actor, input);
  revalidatePath(usersPath);
  return { id: user.id };
});

export const resetPasswordAction = authedAction("user:manage", ZResetPasswordSchema, async (input, actor) => {
  const user = await resetPassword(actor, input);
  revalidatePath(usersPath);
  return { id: user.id };
});

export const setUserStatusAction = authedAction("user:manage", ZSetUserStatusSchema, async (input, actor) => {
  const user = await setUserStatus(actor, input);
  revalidatePath(usersPath);
  return { id: user.id };
});

export const decideRegistrationAction = authedAction("registration:decide", ZDecideRegistrationSchema, async (input, actor) => {
  const user = await decideRegistration(actor, input);
  revalidatePath(usersPath);
  return { id: user.id };
});

export const checkAuditChainAction = authedAction("audit:read", ZNoInputSchema, (_input, actor) => checkAuditChain(actor));
