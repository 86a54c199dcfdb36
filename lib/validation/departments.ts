import { DEPARTMENT_KINDS } from "@/lib/domain/codes";
import { requiredText, ZId, ZVersion } from "./common";
import { z } from "./zod";

const departmentFields = {
  name: requiredText(100),
  kind: z.enum(DEPARTMENT_KINDS),
  sortOrder: z.coerce.number().int().min(0).max(100_000),
};

export const ZDepartmentCreateSchema = z.object(departmentFields);
export type TDepartmentCreateInput = z.input<typeof ZDepartmentCreateSchema>;

export const ZDepartmentUpdateSchema = z.object({ id: ZId, version: ZVersion, ...departmentFields });
export type TDepartmentUpdateInput = z.input<typeof ZDepartmentUpdateSchema>;

export const ZDepartmentActiveSchema = z.object({ id: ZId, version: ZVersion, isActive: z.boolean() });
