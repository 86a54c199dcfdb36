import { count } from "drizzle-orm";
import type { Db } from "@/db";
import { departments, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { DEMO_ACCOUNTS, DEMO_DEPARTMENTS, DEMO_PASSWORD } from "./demo-departments";

export type TSeedResult = { seeded: boolean; departments: number; users: number };

/**
 * Loads the demo district into an empty database (no users yet), in one
 * transaction with its audit event. A database that has users is left alone.
 */
export async function seedDemo(db: Db): Promise<TSeedResult> {
  const [existing] = await db.select({ n: count() }).from(users);
  if (Number(existing?.n ?? 0) > 0) return { seeded: false, departments: 0, users: 0 };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const insertedDepartments = await tx
      .insert(departments)
      .values(DEMO_DEPARTMENTS.map((d, i) => ({ ...d, sortOrder: (i + 1) * 10 })))
      .returning({ id: departments.id, name: departments.name });
    const idByName = new Map(insertedDepartments.map((d) => [d.name, d.id]));
    const insertedUsers = await tx
      .insert(users)
      .values(
        DEMO_ACCOUNTS.map((a) => ({
          account: a.account,
          name: a.name,
          phone: a.phone,
          roles: [...a.roles],
          departmentId: a.department ? (idByName.get(a.department) ?? null) : null,
          status: "active" as const,
          passwordHash,
        })),
      )
      .returning({ id: users.id });
    await appendAuditEvent(tx, {
      actorId: null,
      action: "system.seed_demo",
      data: { departments: insertedDepartments.length, users: insertedUsers.length },
    });
    return { seeded: true, departments: insertedDepartments.length, users: insertedUsers.length };
  });
}
