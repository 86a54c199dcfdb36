import "server-only";
import { and, asc, eq, gt, ilike, or, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, users } from "@/db/schema";
import type { TUserStatus } from "@/lib/domain/codes";
import { assertCan, type TActorRoles } from "@/lib/domain/permissions";

export const USER_PAGE_SIZE = 50;

/**
 * Accounts for the admin list, ordered by account name and paged by key
 * (`after` = the last account of the previous page).
 */
export async function listUsers(actor: TActorRoles, filter: { status?: TUserStatus | undefined; q?: string | undefined; after?: string | undefined; limit?: number | undefined }) {
  assertCan(actor, "user:manage");
  const db = await getDb();
  const limit = Math.min(Math.max(filter.limit ?? USER_PAGE_SIZE, 1), 200);
  const conditions: (SQL | undefined)[] = [];
  if (filter.status) conditions.push(eq(users.status, filter.status));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.account, pattern), ilike(users.name, pattern), ilike(users.phone, pattern)));
  }
  if (filter.after) conditions.push(gt(users.account, filter.after));
  const rows = await db
    .select({
      id: users.id,
      account: users.account,
      name: users.name,
      phone: users.phone,
      roles: users.roles,
      status: users.status,
      departmentId: users.departmentId,
      departmentName: departments.name,
      lockedUntil: users.lockedUntil,
      registrationNote: users.registrationNote,
      version: users.version,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(and(...conditions))
    .orderBy(asc(users.account))
    .limit(limit + 1);
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  return { items, nextAfter: hasMore ? items[items.length - 1]!.account : null };
}

export type TUserListItem = Awaited<ReturnType<typeof listUsers>>["items"][number];

export async function countPendingRegistrations(actor: TActorRoles): Promise<number> {
  assertCan(actor, "registration:decide");
  const db = await getDb();
  return db.$count(users, eq(users.status, "pending"));
}
