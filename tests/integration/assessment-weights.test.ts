import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { assessDepartments } from "@/db/queries/assessment";
import { auditEvents, tasks } from "@/db/schema";
import { DEFAULT_ASSESSMENT_RULES } from "@/lib/domain/assessment";
import type { TTaskStatus } from "@/lib/domain/codes";
import { updateFramework } from "@/lib/services/indicators/frameworks";
import { setIndicatorWeight } from "@/lib/services/indicators/set-weight";
import { ZIndicatorWeightSchema } from "@/lib/validation/indicators";
import { actorFor, departmentId, seedDemoData } from "../support/fixtures";
import { frameworkByCode, indicatorByCode } from "../support/indicator-fixtures";
import { makeTask } from "../support/task-fixtures";

// 考核 by indicator (ADR 015), end to end: weights set through the admin service, tasks
// tagged through the tag service, the assessment read back and checked against numbers
// worked out by hand below.

const TODAY = "2030-06-15";
const YEAR = 2030;

async function place(title: string, status: TTaskStatus, due: string, codes: string[], options: { completed?: string; lead?: string; cooperating?: string[] } = {}) {
  const lead = await departmentId(options.lead ?? "区司法局");
  const cooperating = await Promise.all((options.cooperating ?? []).map(departmentId));
  // Tagged when created, through the task form's service (a finished task cannot be edited afterwards).
  const task = await makeTask(status, { title, leadDepartmentId: lead, cooperatingDepartmentIds: cooperating, indicatorCodes: codes });
  const completedAt = options.completed ? new Date(`${options.completed}T04:00:00Z`) : null;
  await (await getDb()).update(tasks).set({ dueDate: due, originalDueDate: due, completedAt }).where(eq(tasks.id, task.id));
  return task.id;
}

const assess = async () => {
  const results = await assessDepartments(await actorFor("leader"), YEAR, TODAY, "Asia/Shanghai", DEFAULT_ASSESSMENT_RULES);
  return { sfj: results.find((r) => r.departmentName === "区司法局")!, scj: results.find((r) => r.departmentName === "区市场监督管理局")! };
};

beforeAll(async () => {
  await seedDemoData();
  // 区司法局 leads four tasks due in 2030 and cooperates on one:
  await place("W1 按期办结", "completed", "2030-03-31", ["1211:A1"], { completed: "2030-03-20" });
  await place("W2 逾期未办结", "in_progress", "2030-05-31", ["1211:A2", "1211:B1"]);
  await place("W3 逾期办结（无指标）", "completed", "2030-04-30", [], { completed: "2030-05-05" });
  await place("W4 逾期（另一体系的指标）", "in_progress", "2030-05-15", ["SFZB-2021:1.1"]);
  await place("W5 市场监管牵头", "in_progress", "2030-05-01", ["1211:B1"], { lead: "区市场监督管理局", cooperating: ["区司法局"] });
}, 120_000);

describe("考核 weighted by indicator, against hand-computed numbers", () => {
  it("without a weighing framework, every point counts once and nothing is split", async () => {
    const { sfj, scj } = await assess();
    // 100 + 0.5 (W1) − 2 (W2) − 2 (W3) − 2 (W4) − 1 (W5, cooperating)
    expect(sfj.score).toBe(93.5);
    expect(sfj.byIndicator).toBeUndefined();
    expect(scj.score).toBe(98);
  });

  it("weights the points by the 1211 levers and splits each point among the indicators it came through", async () => {
    const admin = await actorFor("admin");
    // A (两抓手) weighs 2, which A1 and A2 inherit; B1 (示范创建) weighs 0.5.
    const a = await indicatorByCode("1211", "A");
    const b1 = await indicatorByCode("1211", "B1");
    await setIndicatorWeight(admin, ZIndicatorWeightSchema.parse({ id: a.id, version: a.version, weight: "2" }));
    await setIndicatorWeight(admin, ZIndicatorWeightSchema.parse({ id: b1.id, version: b1.version, weight: "0.5" }));
    const mechanism = await frameworkByCode("1211");
    await updateFramework(admin, { id: mechanism.id, version: mechanism.version, name: mechanism.name, kind: mechanism.kind, description: mechanism.description, useInAssessment: true });
    const db = await getDb();
    expect(await db.$count(auditEvents, and(eq(auditEvents.action, "indicator.weight"), eq(auditEvents.actorId, admin.id)))).toBe(2);

    const { sfj, scj } = await assess();
    // W1 on time, A1 (2):            +0.5 × 2 = +1;         A1 +1
    // W2 overdue, A2 (2) + B1 (0.5): −2 × (2 + 0.5) / 2 = −2.5; A2 −2.5 × 2/2.5 = −2, B1 −2.5 × 0.5/2.5 = −0.5
    // W3 overdue, no tag:            −2 (not split)
    // W4 overdue, another framework: −2 (not split)
    // W5 cooperating, B1 (0.5):      −1 × 0.5 = −0.5;       B1 −0.5
    // 100 + 1 − 2.5 − 2 − 2 − 0.5 = 94
    expect(sfj.score).toBe(94);
    expect(sfj.totals).toEqual({ leadOverdue: -6.5, cooperatingOverdue: -0.5, circular: 0, lateNoticeResponse: 0, onTimeCompletion: 1 });
    const item = (title: string) => sfj.items.find((i) => i.title === title)!;
    expect(item("W1 按期办结")).toMatchObject({ rule: "onTimeCompletion", points: 1, contributions: [{ code: "A1", points: 1 }] });
    expect(item("W2 逾期未办结")).toMatchObject({ rule: "leadOverdue", points: -2.5 });
    expect(item("W2 逾期未办结").contributions).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "A2", points: -2 }), expect.objectContaining({ code: "B1", points: -0.5 })]),
    );
    expect(item("W3 逾期办结（无指标）")).toMatchObject({ points: -2 });
    expect(item("W3 逾期办结（无指标）").contributions).toBeUndefined();
    expect(item("W4 逾期（另一体系的指标）")).toMatchObject({ points: -2 });
    expect(item("W4 逾期（另一体系的指标）").contributions).toBeUndefined();
    expect(item("W5 市场监管牵头")).toMatchObject({ rule: "cooperatingOverdue", points: -0.5, contributions: [{ code: "B1", points: -0.5 }] });
    // Per indicator: A1 +1, A2 −2, B1 −0.5 − 0.5 = −1.
    expect(sfj.byIndicator?.map((c) => [c.code, c.points])).toEqual([["A1", 1], ["A2", -2], ["B1", -1]]);
    // Every split point adds up to its item: the contributions sum to the weighted items' points (1 − 2.5 − 0.5).
    expect(sfj.byIndicator!.reduce((sum, c) => sum + c.points, 0)).toBeCloseTo(-2);

    // 区市场监督管理局 leads W5: −2 × 0.5 = −1, all of it through B1.
    expect(scj.score).toBe(99);
    expect(scj.byIndicator?.map((c) => [c.code, c.points])).toEqual([["B1", -1]]);
  });
});
