import { and, count, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { departments, goals, notices, plans, taskDepartments, taskIndicatorTags, tasks, users } from "@/db/schema";
import { DEFAULT_WARNING_POLICY, taskWarning } from "@/lib/domain/warning";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-departments";
import { DEMO_PLAN_TITLE, seedDemo } from "@/lib/seed/seed-demo";
import { sealAuditEvents } from "@/lib/services/audit/seal-audit-events";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";

// The demo's dates are relative to the day it is loaded.
const NOW = new Date("2026-11-27T04:00:00Z");
const TODAY = "2026-11-27";

describe("demo data", () => {
  it("loads the district, the six accounts and the 2022 plan once", async () => {
    const db = await getDb();
    const first = await seedDemo({ now: NOW });
    expect(first).toMatchObject({ seeded: true, users: DEMO_ACCOUNTS.length });
    expect(await seedDemo()).toMatchObject({ seeded: false });

    const accounts = await db.select({ account: users.account }).from(users);
    expect(accounts.map((a) => a.account)).toEqual(expect.arrayContaining(DEMO_ACCOUNTS.map((a) => a.account)));
    const [sfj] = await db.select().from(departments).where(eq(departments.name, "区司法局"));
    const sfjHead = await db.query.users.findFirst({ where: eq(users.account, "sfj_head") });
    expect(sfjHead?.departmentId).toBe(sfj!.id);

    const [plan] = await db.select().from(plans);
    expect(plan).toMatchObject({ year: 2022, title: DEMO_PLAN_TITLE, status: "active" });
    const countOf = async (kind: "section" | "item" | "problem" | "group", topLevel = false) => {
      const [row] = await db
        .select({ n: count() })
        .from(goals)
        .where(and(eq(goals.kind, kind), topLevel ? isNull(goals.parentId) : undefined));
      return Number(row!.n);
    };
    expect(await countOf("section", true)).toBe(10);
    expect(await countOf("item")).toBe(30);
    expect(await countOf("problem")).toBe(3);
    // The 覆盖与达成 view has tasks to show: some demo tasks serve the shipped indicators.
    expect(Number((await db.select({ n: count() }).from(taskIndicatorTags))[0]!.n)).toBeGreaterThan(5);
    await sealAuditEvents();
    expect(await verifyAuditChain(db)).toMatchObject({ broken: null });
  });

  it("makes about sixty tasks in every status, some overdue and some due this week", async () => {
    const db = await getDb();
    const rows = await db.select().from(tasks);
    expect(rows.length).toBeGreaterThanOrEqual(55);
    expect(rows.length).toBeLessThanOrEqual(60);
    const statuses = new Set(rows.map((r) => r.status));
    expect([...statuses].sort()).toEqual(["assigned", "cancelled", "completed", "draft", "in_progress", "submitted"]);
    const context = { today: TODAY, timeZone: "Asia/Shanghai", policy: DEFAULT_WARNING_POLICY };
    const warnings = rows.map((r) => taskWarning(r, context));
    expect(warnings.filter((w) => w === "red").length).toBeGreaterThanOrEqual(8);
    expect(rows.filter((r) => r.dueDate && r.dueDate >= TODAY && r.dueDate <= "2026-12-04" && r.status === "in_progress").length).toBeGreaterThanOrEqual(3);
    expect(rows.some((r) => r.originalDueDate && r.originalDueDate !== r.dueDate)).toBe(true);
    // The named demo accounts have work to see.
    const sfj = await db.select().from(departments).where(eq(departments.name, "区司法局"));
    const sfjTasks = await db.select().from(taskDepartments).where(eq(taskDepartments.departmentId, sfj[0]!.id));
    expect(sfjTasks.length).toBeGreaterThanOrEqual(10);
    const scj = await db.select().from(departments).where(eq(departments.name, "区市场监督管理局"));
    expect((await db.select().from(taskDepartments).where(eq(taskDepartments.departmentId, scj[0]!.id))).length).toBeGreaterThanOrEqual(1);
    const noticeRows = await db.select().from(notices);
    expect(new Set(noticeRows.map((n) => n.status))).toEqual(new Set(["issued", "signed", "responded", "closed"]));
    expect(noticeRows.some((n) => n.kind === "circular")).toBe(true);
    await sealAuditEvents();
    expect(await verifyAuditChain(db)).toMatchObject({ broken: null });
  });
});
