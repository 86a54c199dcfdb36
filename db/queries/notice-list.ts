import "server-only";
import { and, desc, eq, inArray, ne, or } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, notices } from "@/db/schema";
import { visibleDepartmentIds, type TScopedActor } from "@/lib/domain/scope";

/** Notices the actor may see: all for supervisors and leaders; for a department, those addressed to it and circulars. */
export async function listVisibleNotices(actor: TScopedActor, limit = 100) {
  const db = await getDb();
  const departmentIds = visibleDepartmentIds(actor);
  const scope =
    departmentIds === null
      ? undefined
      : and(
          ne(notices.status, "draft"),
          or(eq(notices.kind, "circular"), departmentIds.length ? inArray(notices.departmentId, departmentIds) : undefined),
        );
  return db
    .select({
      id: notices.id,
      number: notices.number,
      kind: notices.kind,
      status: notices.status,
      title: notices.title,
      responseDueDate: notices.responseDueDate,
      issuedAt: notices.issuedAt,
      department: departments.name,
    })
    .from(notices)
    .leftJoin(departments, eq(departments.id, notices.departmentId))
    .where(scope)
    .orderBy(desc(notices.createdAt))
    .limit(limit);
}
