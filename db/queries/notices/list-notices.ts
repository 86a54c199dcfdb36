import "server-only";
import { and, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db";
import { decodeCursor, encodeCursor } from "@/db/queries/tasks/cursor";
import { departments, notices } from "@/db/schema";
import type { TNoticeKind, TNoticeStatus } from "@/lib/domain/codes";
import { isResponseLate } from "@/lib/domain/notice-rules";
import type { TScopedActor } from "@/lib/domain/scope";
import { noticeVisibility } from "./scope";

export type TNoticeFilter = {
  status?: TNoticeStatus | undefined;
  kind?: TNoticeKind | undefined;
  departmentId?: string | undefined;
  taskId?: string | undefined;
  cursor?: string | null | undefined;
  limit?: number | undefined;
};
export type TNoticeContext = { today: string; timeZone: string };

function noticeConditions(actor: TScopedActor, filter: TNoticeFilter): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [noticeVisibility(actor)];
  if (filter.status) conditions.push(eq(notices.status, filter.status));
  if (filter.kind) conditions.push(eq(notices.kind, filter.kind));
  if (filter.departmentId) conditions.push(eq(notices.departmentId, filter.departmentId));
  if (filter.taskId) conditions.push(sql`exists (select 1 from notice_tasks nt where nt.notice_id = ${notices.id} and nt.task_id = ${filter.taskId})`);
  return conditions;
}

/**
 * One page of the notices the actor may see, newest first, paged by key, with a
 * late-response flag, and no total (the task page shows every notice of its task).
 * `db` may be a transaction whose reads run together (getTaskDetail).
 */
export async function listNoticePage(actor: TScopedActor, filter: TNoticeFilter, context: TNoticeContext, db?: DbOrTx) {
  const reader = db ?? (await getDb());
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
  const cursor = decodeCursor(filter.cursor);
  const page = cursor
    ? sql`(${notices.createdAt} < ${String(cursor[0])}::timestamptz or (${notices.createdAt} = ${String(cursor[0])}::timestamptz and ${notices.id} < ${cursor[1]}))`
    : undefined;
  const rows = await reader
    .select({
      id: notices.id,
      number: notices.number,
      kind: notices.kind,
      status: notices.status,
      title: notices.title,
      departmentId: notices.departmentId,
      departmentName: departments.name,
      responseDueDate: notices.responseDueDate,
      issuedAt: notices.issuedAt,
      respondedDay: sql<string | null>`(${notices.respondedAt} at time zone ${context.timeZone})::date::text`,
      sortKey: sql<string>`${notices.createdAt}::text`,
    })
    .from(notices)
    .leftJoin(departments, eq(departments.id, notices.departmentId))
    .where(and(...noticeConditions(actor, filter), page))
    .orderBy(desc(notices.createdAt), desc(notices.id))
    .limit(limit + 1);
  const hasMore = rows.length > limit;
  const items = (hasMore ? rows.slice(0, limit) : rows).map(({ sortKey: _sortKey, ...row }) => ({ ...row, late: isResponseLate(row, context.today) }));
  const last = hasMore ? rows[limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor([last.sortKey, last.id]) : null };
}

/** A page of notices and how many match in all (the notices list and the workbench show the number). */
export async function listNotices(actor: TScopedActor, filter: TNoticeFilter, context: TNoticeContext) {
  const db = await getDb();
  const [page, [total]] = await Promise.all([
    listNoticePage(actor, filter, context, db),
    db.select({ n: count() }).from(notices).where(and(...noticeConditions(actor, filter))),
  ]);
  return { ...page, total: Number(total?.n ?? 0) };
}

export type TNoticeListItem = Awaited<ReturnType<typeof listNotices>>["items"][number];

/** Kinds of notice already sent about a task (for the escalation ladder) and how many. */
export async function noticeKindsForTask(taskId: string): Promise<TNoticeKind[]> {
  const db = await getDb();
  const rows = await db
    .select({ kind: notices.kind })
    .from(notices)
    .where(and(inArray(notices.status, ["issued", "signed", "responded", "closed"]), sql`exists (select 1 from notice_tasks nt where nt.notice_id = ${notices.id} and nt.task_id = ${taskId})`));
  return rows.map((r) => r.kind);
}
