import { rebuildTaskSummary } from "@/db/summary/task-summary";
import { warningContext } from "@/lib/warning-context";
import { readFileSync } from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { appSettings, departments, plans, users } from "@/db/schema";
import { hashPassword, NO_PASSWORD } from "@/lib/auth/password";
import { parsePlanDocument } from "@/lib/domain/plan-import";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { insertGoals } from "@/lib/services/plans/insert-goals";
import { inTransaction } from "@/lib/services/transaction";
import { atInstant, clock } from "@/lib/clock";
import { seedDemoTasks } from "./seed-demo-tasks";
import { DEMO_ACCOUNTS, DEMO_DEPARTMENTS, DEMO_PASSWORD } from "./demo-departments";

export type TSeedResult = { seeded: boolean; departments: number; users: number; goals: number; tasks: number };

export const DEMO_PLAN_TITLE = "梁园区2022年度法治政府建设工作安排";
const SEED_REPORT = path.join(process.cwd(), "lib", "seed", "liangyuan-2021-report.txt");

/**
 * Loads the demo district into an empty database (no users yet), in one
 * transaction: the services that make the demo tasks join it, so a failure
 * leaves nothing behind. A database that has users is left alone.
 */
export async function seedDemo(options: { withTasks?: boolean; now?: Date } = {}): Promise<TSeedResult> {
  // The demo's story (overdue, due this week, extensions asked in time) is told
  // as of one instant: every service it calls reads the same pinned clock.
  return atInstant(options.now ?? clock.now(), () => seedDemoNow(options.withTasks !== false));
}

async function seedDemoNow(withTasks: boolean): Promise<TSeedResult> {
  const db = await getDb();
  const [existing] = await db.select({ n: count() }).from(users);
  if (Number(existing?.n ?? 0) > 0) return { seeded: false, departments: 0, users: 0, goals: 0, tasks: 0 };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return inTransaction(async (tx) => {
    const insertedDepartments = await tx
      .insert(departments)
      .values(DEMO_DEPARTMENTS.map((d, i) => ({ name: d.name, kind: d.kind, sortOrder: (i + 1) * 10 })))
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
    const plan = await seedDemoPlan(tx, insertedDepartments);
    await appendAuditEvent(tx, {
      actorId: null,
      action: "system.seed_demo",
      data: { departments: insertedDepartments.length, users: insertedUsers.length, goals: plan.goals },
    });
    // Every page says 演示数据 while this row is there (components/shell/demo-ribbon.tsx).
    await tx.insert(appSettings).values({ key: "demo", value: true });
    // The department accounts the tasks need get no password: only the six documented ones can sign in.
    const taskCount = withTasks ? await seedDemoTasks(tx, plan.id, NO_PASSWORD) : 0;
    // The triggers counted every task; the roll states the day the demo was told as of.
    await rebuildTaskSummary(tx, warningContext());
    return { seeded: true, departments: insertedDepartments.length, users: insertedUsers.length, goals: plan.goals, tasks: taskCount };
  });
}

/** The 2022 plan: the seed report's sections, items, 2022 measures and problems, as the import parser reads them. */
async function seedDemoPlan(tx: Tx, knownDepartments: { id: string; name: string }[]): Promise<{ id: string; goals: number }> {
  const text = readFileSync(SEED_REPORT, "utf8");
  const parsed = parsePlanDocument(text, { departments: knownDepartments, year: 2022 });
  const [plan] = await tx
    .insert(plans)
    .values({ year: 2022, title: DEMO_PLAN_TITLE, status: "active", sourceText: text })
    .returning({ id: plans.id });
  const rows = await insertGoals(tx, plan!.id, parsed.nodes);
  return { id: plan!.id, goals: rows.length };
}
