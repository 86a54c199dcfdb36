import { and, arrayOverlaps, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { users } from "@/db/schema";
import type { TRole } from "@/lib/domain/codes";
import { NOTIFICATION_CHANNELS, type TNotificationMessage } from "./channels";

// Notifications are written in the same transaction as the change they
// announce, through every configured channel (lib/services/notifications/channels.ts).
// The text is rendered from `kind` in the reader's language; `title` holds the
// subject (a task's or notice's title).
export type TNotificationInput = TNotificationMessage;

export async function notifyUsers(tx: Tx, userIds: Iterable<string>, input: TNotificationInput, exceptUserId?: string): Promise<number> {
  const recipients = [...new Set(userIds)].filter((id) => id !== exceptUserId);
  if (recipients.length === 0) return 0;
  let delivered = 0;
  for (const channel of NOTIFICATION_CHANNELS) delivered += await channel.deliver(tx, recipients, input);
  return delivered;
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
