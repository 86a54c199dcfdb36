import { DEPARTMENT_KINDS, ROLES } from "@/lib/domain/codes";
import { z } from "@/lib/validation/zod";
import { ZApiDateTime, ZApiId } from "./common";
import { component } from "./component";

export const ZApiMe = component(
  "Me",
  z
    .object({ id: ZApiId, login: z.string(), name: z.string(), roles: z.array(z.enum(ROLES)), departmentId: ZApiId.nullable() })
    .strict(),
);

export const ZApiToken = component(
  "Token",
  z
    .object({ token: z.string(), expiresAt: ZApiDateTime, user: ZApiMe })
    .strict(),
);

export const ZApiDepartmentList = component(
  "DepartmentList",
  z
    .object({ items: z.array(z.object({ id: ZApiId, name: z.string(), kind: z.enum(DEPARTMENT_KINDS) }).strict()) })
    .strict(),
);
