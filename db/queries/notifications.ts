import "server-only";
import { and, desc, eq, isNull, like, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { notifications } from "@/db/schema";
import type { TNotificationGroup } from "@/lib/domain/notification-groups";
import { decodeCursor, encodeCursor } from "./tasks/cursor";

/** The bell's number: one indexed count on the partial index of unread rows. */
export async function countUnread(userId: string): Promise<number> {
  const db = await getDb();
  return db.$count(notifications, and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/** The inbox, newest first, paged by key (created_at printed by PostgreSQL keeps its microseconds). */
export async function listNotifications(
  userId: string,
  options: { unreadOnly?: boolean | undefined; group?: TNotificationGroup | undefined; cursor?: string | null | undefined; limit?: number | undefined } = {},
) {
  const db = await getDb();
  const limit = options.limit ?? 30;
  const cursor = decodeCursor(options.cursor);
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      sortKey: sql<string>`${notifications.createdAt}::text`,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        options.unreadOnly ? isNull(notifications.readAt) : undefined,
        options.group ? or(eq(notifications.kind, options.group), like(notifications.kind, `${options.group}.%`)) : undefined,
        cursor
          ? sql`(${notifications.createdAt} < ${String(cursor[0])}::timestamptz or (${notifications.createdAt} = ${String(cursor[0])}::timestamptz and ${notifications.id} < ${cursor[1]}))`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1);
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { items: page.map(({ sortKey: _sortKey, ...row }) => row), nextCursor: hasMore && last ? encodeCursor([last.sortKey, last.id]) : null };
}
