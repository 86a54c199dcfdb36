import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, users } from "@/db/schema";
import { seedDemo } from "@/lib/seed/seed-demo";
import type { TActor } from "@/lib/domain/actor";

// A pending registration may share an account's name (issue 11): the real account comes first.
const activeFirst = sql`${users.status} <> 'active'`;

/** Loads the demo district (departments and the six accounts) into the test database. */
export async function seedDemoData(): Promise<void> {
  await seedDemo({ withTasks: false });
}

/** The actor of an account as a request would see it (session-less). */
export async function actorFor(account: string): Promise<TActor> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.account, account)).orderBy(activeFirst);
  if (!user) throw new Error(`no account ${account}`);
  return { id: user.id, account: user.account, name: user.name, roles: user.roles, departmentId: user.departmentId, sessionId: null, ip: "127.0.0.1" };
}

export async function departmentId(name: string): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, name));
  if (!row) throw new Error(`no department ${name}`);
  return row.id;
}

export async function userRow(account: string) {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.account, account)).orderBy(activeFirst);
  if (!user) throw new Error(`no account ${account}`);
  return user;
}

/** Expects the promise to reject with an AppError of this code; returns it. */
export async function refusal(promise: Promise<unknown>, code: string) {
  try {
    await promise;
  } catch (error) {
    const appError = error as { code?: string; name?: string };
    if (appError.name === "AppError" && appError.code === code) return error as { code: string; messageKey: string; fieldErrors?: Record<string, string[]> };
    throw error;
  }
  throw new Error(`expected a ${code} refusal, but it succeeded`);
}
