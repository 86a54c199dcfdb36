import { and, count, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { departments, goals, plans, users } from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/db/seed/demo-departments";
import { DEMO_PLAN_TITLE, seedDemo } from "@/db/seed/seed-demo";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";

describe("demo data", () => {
  it("loads the district, the six accounts and the 2022 plan once", async () => {
    const db = await getDb();
    const first = await seedDemo(db);
    expect(first).toMatchObject({ seeded: true, users: DEMO_ACCOUNTS.length });
    expect(await seedDemo(db)).toMatchObject({ seeded: false });

    const accounts = await db.select({ account: users.account }).from(users);
    expect(accounts.map((a) => a.account).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.account).sort());
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
    expect(await verifyAuditChain(db)).toMatchObject({ broken: null });
  });
});
