import { and, eq, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import { notices } from "@/db/schema";
import { visibleDepartmentIds, type TScopedActor } from "@/lib/domain/scope";

/**
 * The WHERE twin of lib/domain/notice-visibility.ts: everything for
 * supervisors and leaders; for a department, issued notices addressed to it
 * and every circular.
 */
export function noticeVisibility(actor: TScopedActor): SQL | undefined {
  const departmentIds = visibleDepartmentIds(actor);
  if (departmentIds === null) return undefined;
  const mine = departmentIds.length ? inArray(notices.departmentId, departmentIds) : sql`false`;
  return and(ne(notices.status, "draft"), or(eq(notices.kind, "circular"), isNull(notices.departmentId), mine));
}
