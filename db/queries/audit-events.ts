import "server-only";
import { and, desc, eq, inArray, like, lt, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents, departments, frameworkIndicators, goals, plans, tasks, users } from "@/db/schema";
import type { TAuditCategory } from "@/lib/domain/audit-categories";
import { assertCan, type TActorRoles } from "@/lib/domain/permissions";

export const AUDIT_PAGE_SIZE = 50;

export type TAuditFilter = {
  category?: TAuditCategory | undefined;
  /** Account name of the actor, exact. */
  account?: string | undefined;
  /** Calendar days (YYYY-MM-DD) in the time zone, both inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  entityId?: string | undefined;
  /** Events older than this id (the last of the previous page). */
  before?: number | undefined;
  /** Rows per page (default AUDIT_PAGE_SIZE, at most 200). */
  limit?: number | undefined;
};

/**
 * The audit log, newest first, paged by id (the chain's own order, so a page
 * is stable while new events are appended). Dates are cut at midnight in the
 * configured time zone, by the database.
 */
export async function listAuditEvents(actor: TActorRoles, filter: TAuditFilter, timeZone: string) {
  assertCan(actor, "audit:read");
  const db = await getDb();
  const limit = Math.min(Math.max(filter.limit ?? AUDIT_PAGE_SIZE, 1), 200);
  const conditions: (SQL | undefined)[] = [];
  if (filter.category) conditions.push(like(auditEvents.action, `${filter.category}.%`));
  if (filter.account) conditions.push(eq(users.account, filter.account));
  if (filter.from) conditions.push(sql`${auditEvents.at} >= (${filter.from}::date::timestamp at time zone ${timeZone})`);
  if (filter.to) conditions.push(sql`${auditEvents.at} < ((${filter.to}::date + 1)::timestamp at time zone ${timeZone})`);
  if (filter.entityId) conditions.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.before) conditions.push(lt(auditEvents.id, filter.before));
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      data: auditEvents.data,
      ip: auditEvents.ip,
      // Null until the sealer has chained the event (ADR 018): the viewer marks it 待封存.
      position: auditEvents.position,
      actorAccount: users.account,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  return { items, nextBefore: hasMore ? items[items.length - 1]!.id : null };
}
export type TAuditListItem = Awaited<ReturnType<typeof listAuditEvents>>["items"][number];

/**
 * Names for the ids an audit page's data mentions (departments, people,
 * tasks), so the log reads 区司法局 rather than a uuid. Unknown ids stay out.
 */
export async function auditReferenceNames(actor: TActorRoles, ids: string[]): Promise<Map<string, string>> {
  assertCan(actor, "audit:read");
  const names = new Map<string, string>();
  if (ids.length === 0) return names;
  const db = await getDb();
  // The objects an event's data may name (lib/domain/audit-display.ts, "ref").
  const found = await Promise.all([
    db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, ids)),
    db.select({ id: users.id, name: sql<string>`${users.name} || '（' || ${users.account} || '）'` }).from(users).where(inArray(users.id, ids)),
    db.select({ id: tasks.id, name: tasks.title }).from(tasks).where(inArray(tasks.id, ids)),
    db.select({ id: plans.id, name: plans.title }).from(plans).where(inArray(plans.id, ids)),
    db.select({ id: goals.id, name: sql<string>`trim(${goals.code} || ' ' || ${goals.title})` }).from(goals).where(inArray(goals.id, ids)),
    db.select({ id: frameworkIndicators.id, name: sql<string>`${frameworkIndicators.code} || ' ' || ${frameworkIndicators.name}` }).from(frameworkIndicators).where(inArray(frameworkIndicators.id, ids)),
  ]);
  for (const row of found.flat()) names.set(row.id, row.name);
  return names;
}
