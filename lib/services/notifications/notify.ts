import { and, arrayOverlaps, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { notifications, users } from "@/db/schema";
import type { TRole } from "@/lib/domain/codes";

// In-app notifications are rows written in the same transaction as the change
// they announce. The text is rendered from `kind` in the reader's language;
// `title` holds the subject (a task's or notice's title).
export type TNotificationInput = {
  kind: string;
  title: string;
  body?: string;
  link?: string;
  dedupeKey?: string;
};

export async function notifyUsers(tx: Tx, userIds: Iterable<string>, input: TNotificationInput, exceptUserId?: string): Promise<number> {
  const recipients = [...new Set(userIds)].filter((id) => id !== exceptUserId);
  if (recipients.length === 0) return 0;
  const rows = await tx
    .insert(notifications)
    .values(recipients.map((userId) => ({ userId, kind: input.kind, title: input.title.slice(0, 200), body: input.body ?? "", link: input.link, dedupeKey: input.dedupeKey })))
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return rows.length;
}

/** Active users of these departments, optionally only with these roles. */
export async function departmentUserIds(tx: Tx, departmentIds: (string | null)[], roles: TRole[] = ["dept_head", "dept_officer"]): Promise<string[]> {
  const ids = departmentIds.filter((id): id is string => id !== null);
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.departmentId, ids), eq(users.status, "active"), arrayOverlaps(users.roles, roles)));
  return rows.map((r) => r.id);
}

/** Everyone who supervises (supervisors and admins). */
export async function supervisorUserIds(tx: Tx): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.status, "active"), arrayOverlaps(users.roles, ["supervisor", "admin"])));
  return rows.map((r) => r.id);
}
