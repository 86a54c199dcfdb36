import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { frameworkIndicators, indicatorFrameworks } from "@/db/schema";
import { SHIPPED_FRAMEWORKS } from "@/lib/domain/indicators/shipped-frameworks";

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
