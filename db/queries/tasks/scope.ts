import { and, inArray, ne, type SQL, sql } from "drizzle-orm";
import { taskDepartments, tasks } from "@/db/schema";
import { visibleDepartmentIds, type TScopedActor } from "@/lib/domain/scope";

/**
 * The one WHERE condition that limits tasks to what an actor may see:
 * everything for supervisors and leaders; for department users, published
 * tasks their department leads or cooperates on. Undefined means no limit.
 */
export function taskVisibility(actor: TScopedActor): SQL | undefined {
  const departmentIds = visibleDepartmentIds(actor);
  if (departmentIds === null) return undefined;
  if (departmentIds.length === 0) return sql`false`;
  return and(
    ne(tasks.status, "draft"),
    sql`exists (select 1 from ${taskDepartments} where ${taskDepartments.taskId} = ${tasks.id} and ${inArray(taskDepartments.departmentId, departmentIds)})`,
  );
}
