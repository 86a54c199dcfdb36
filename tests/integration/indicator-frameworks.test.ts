import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { frameworkIndicators, indicatorFrameworks } from "@/db/schema";
import { SHIPPED_FRAMEWORKS } from "@/lib/domain/indicators/shipped-frameworks";
import { tokenFor } from "../support/api-client";
import { call } from "../support/api-routes";
import { seedDemoData } from "../support/fixtures";

describe("shipped indicator frameworks", () => {
  it("every migrated database holds the 1211 levers and the national system's verified structure", async () => {
    const db = await getDb();
    const frameworks = await db.select().from(indicatorFrameworks).orderBy(asc(indicatorFrameworks.sortOrder));
    expect(frameworks.map((f) => ({ code: f.code, name: f.name, kind: f.kind, description: f.description }))).toEqual(
      SHIPPED_FRAMEWORKS.map(({ code, name, kind, description }) => ({ code, name, kind, description })),
    );
    for (const shipped of SHIPPED_FRAMEWORKS) {
      const framework = frameworks.find((f) => f.code === shipped.code)!;
      expect(framework.shipped).toBe(true);
      const rows = await db.select().from(frameworkIndicators).where(eq(frameworkIndicators.frameworkId, framework.id));
      const codeOf = new Map(rows.map((r) => [r.id, r.code]));
      const stored = rows
        .map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentId ? codeOf.get(r.parentId)! : null }))
        .sort((a, b) => a.code.localeCompare(b.code));
      expect(stored).toEqual([...shipped.indicators].sort((a, b) => a.code.localeCompare(b.code)));
    }
  });
});

describe("GET /api/v1/indicator-frameworks", () => {
  it("lists every framework with its coded tree, and one framework by id (404 for none)", async () => {
    await seedDemoData();
    const leader = await tokenFor("sfj_officer");
    const list = await call("listIndicatorFrameworks", leader);
    expect(list.status).toBe(200);
    const items = list.json.items as { id: string; code: string; indicators: { code: string; parentCode: string | null; level: number }[] }[];
    expect(items.map((f) => f.code)).toEqual(["1211", "SFZB-2021"]);
    expect(items[0]!.indicators).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "A1", name: "推进服务型行政执法", level: 2, parentCode: "A", weight: null })]),
    );
    const one = await call("getIndicatorFramework", leader, { params: { id: items[1]!.id } });
    expect(one.json).toMatchObject({ code: "SFZB-2021", indicators: [{ code: "1", level: 1, parentCode: null }, { code: "1.1", level: 2, parentCode: "1" }] });
    expect((await call("getIndicatorFramework", leader, { params: { id: crypto.randomUUID() } })).status).toBe(404);
  });
});
