import { and, arrayOverlaps, eq, isNotNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { departments, users } from "@/db/schema";
import type { TNotice } from "@/db/schema";
import { departmentUserIds } from "@/lib/services/notifications/notify";

/** Who receives a notice: the addressed department's people, or for a circular every department head. */
export async function noticeRecipientIds(tx: Tx, notice: Pick<TNotice, "kind" | "departmentId">): Promise<string[]> {
  if (notice.kind !== "circular" && notice.departmentId) return departmentUserIds(tx, [notice.departmentId]);
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .where(and(eq(users.status, "active"), eq(departments.isActive, true), isNotNull(users.departmentId), arrayOverlaps(users.roles, ["dept_head"])));
  return rows.map((r) => r.id);
}
