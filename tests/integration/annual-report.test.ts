import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getPlanYearSnapshot } from "@/db/queries/annual-report/plan-year-snapshot";
import { plans } from "@/db/schema";
import { seedDemo } from "@/lib/seed/seed-demo";
import { buildAnnualReport } from "@/lib/domain/annual-report";
import { setClockForTests } from "@/lib/clock";
import { actorFor } from "../support/fixtures";

// The demo district as of one fixed instant: its report is the same every run,
// so it is kept as a golden file a reviewer can read next to the seed report.
const NOW = new Date("2026-11-27T04:00:00Z");
let planId = "";

beforeAll(async () => {
  setClockForTests(NOW);
  await seedDemo({ now: NOW });
  const [plan] = await (await getDb()).select().from(plans);
  planId = plan!.id;
});
afterAll(() => setClockForTests(null));

describe("annual report of the demo district", () => {
  it("reads like the seed: its sections in order, the 2022 measures and their outcomes", async () => {
    const snapshot = await getPlanYearSnapshot(await actorFor("supervisor"), planId);
    const report = buildAnnualReport(snapshot!);
    expect(report.title).toBe("梁园区关于2022年度法治政府建设情况的报告");
    const parts = report.paragraphs.filter((p) => p.kind === "heading2" && p.id.startsWith("m:")).map((p) => p.text);
    expect(parts.slice(0, 3)).toEqual(["（一）依法全面履行政府职能", "（二）加强行政规范性文件管理", "（三）建立健全依法决策机制"]);
    expect(report.paragraphs.map((p) => p.text).join("\n")).toMatch(/区司法局牵头，推进“.+”，于2026年11月27日办结/);
    await expect(report.paragraphs.map((p) => `[${p.kind}] ${p.text}`).join("\n") + "\n").toMatchFileSnapshot("golden/demo-annual-report.txt");
  });

  it("traces every paragraph to tasks of the plan and speaks of every task", async () => {
    const snapshot = (await getPlanYearSnapshot(await actorFor("leader"), planId))!;
    const report = buildAnnualReport(snapshot);
    const known = new Set(snapshot.tasks.map((t) => t.id));
    const traced = report.paragraphs.flatMap((p) => p.taskIds);
    expect(traced.every((id) => known.has(id))).toBe(true);
    for (const task of snapshot.tasks) expect(report.paragraphs.some((p) => p.id === `t:${task.id}` && p.taskIds[0] === task.id)).toBe(true);
    expect(report.figures.overdue).toBeGreaterThanOrEqual(8);
    expect(report.figures.notices).toBeGreaterThan(0);
    expect(report.paragraphs.find((p) => p.id === "p:overdue")?.text).toMatch(/^一是部分任务未能按期完成/);
  });

  it("is refused to department users, whose scope is their own department", async () => {
    await expect(getPlanYearSnapshot(await actorFor("sfj_head"), planId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getPlanYearSnapshot(await actorFor("admin"), "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
