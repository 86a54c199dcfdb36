import { and, eq } from "drizzle-orm";
import { departments, taskDepartments, tasks } from "@/db/schema";

// A task's lead department (牵头单位) is its task_departments row of role
// "lead". Lists that show it join through these two conditions:
//   .leftJoin(taskDepartments, LEAD_LINK).leftJoin(departments, LINKED_DEPARTMENT)
// left joins, so a draft without a lead still lists (its department null).

export const LEAD_LINK = and(eq(taskDepartments.taskId, tasks.id), eq(taskDepartments.role, "lead"));
export const LINKED_DEPARTMENT = eq(departments.id, taskDepartments.departmentId);
