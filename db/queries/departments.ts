import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { departments } from "@/db/schema";

const order = [asc(departments.sortOrder), asc(departments.name)];

/** For pickers: active departments in their configured order. Departments are public within the platform. */
export async function listActiveDepartments() {
  const db = await getDb();
  return db
    .select({ id: departments.id, name: departments.name, kind: departments.kind })
    .from(departments)
    .where(eq(departments.isActive, true))
    .orderBy(...order);
}

export async function listAllDepartments() {
  const db = await getDb();
  return db.select().from(departments).orderBy(...order);
}

export async function getDepartmentName(id: string | null): Promise<string | null> {
  if (!id) return null;
  const db = await getDb();
  const [row] = await db.select({ name: departments.name }).from(departments).where(eq(departments.id, id));
  return row?.name ?? null;
}
