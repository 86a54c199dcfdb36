import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { goalIndicatorCodes, loadIndicatorCatalogue } from "@/db/queries/indicator-tags/catalogue";
import { auditEvents, completionDrafts, frameworkIndicators, goalIndicatorTags, goals, milestones, plans, taskDepartments, taskIndicatorTags, tasks } from "@/db/schema";
import { rolloverPlan } from "@/lib/services/plans/rollover-plan";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { actorFor, refusal, seedDemoData } from "../support/fixtures";
import { makeRolloverPlan } from "../support/rollover-fixtures";

beforeAll(seedDemoData, 60_000);

const taskRow = async (id: string) => (await (await getDb()).select().from(tasks).where(eq(tasks.id, id)))[0]!;

describe("年度结转", () => {
  it("previews without writing, carries every unfinished task once with both links, and moves nothing the second time", async () => {
    const supervisor = await actorFor("supervisor");
    const fx = await makeRolloverPlan();
    const db = await getDb();
    const eventsBefore = await db.$count(auditEvents);

    const preview = await rolloverPlan(supervisor, { planId: fx.plan.id, targetYear: 2027, dryRun: true });
    expect(preview.plan).toBeNull();
    expect(preview.target).toMatchObject({ id: null, exists: false, title: "2027年法治政府建设工作要点", year: 2027 });
    expect(preview.carried.map((c) => [c.title, c.status, c.newDueDate, c.successorId])).toEqual([
      ["待审核任务", "submitted", "2027-02-28", null],
      ["待签收任务", "assigned", "2027-03-31", null],
      ["办理中任务", "in_progress", "2027-06-30", null],
      ["草稿任务", "draft", "2027-12-31", null],
    ]);
    expect(preview.carried[0]).toMatchObject({ leadDepartment: "区司法局", progress: 60 });
    expect(await db.$count(auditEvents)).toBe(eventsBefore);
    expect(await db.$count(plans, eq(plans.year, 2027))).toBe(0);

    const done = await rolloverPlan(supervisor, { planId: fx.plan.id, targetYear: 2027, dryRun: false });
    expect(done.plan).toMatchObject({ year: 2027, rolledFromPlanId: fx.plan.id });
    expect(done.carried).toHaveLength(4);
    // The goal tree was copied; each successor sits at its goal's copy.
    const targetGoals = await db.select().from((await import("@/db/schema")).goals).where(eq((await import("@/db/schema")).goals.planId, done.plan!.id));
    expect(targetGoals.map((g) => g.title).sort()).toEqual(["严格规范公正文明执法", "依法全面履行政府职能", "深化简政放权"]);
    for (const item of done.carried) {
      const old = await taskRow(item.id);
      const successor = await taskRow(item.successorId!);
      expect(old.status).toBe("carried_over");
      expect(old.dueDate).toBe(item.dueDate);
      expect(successor).toMatchObject({ planId: done.plan!.id, carriedFromTaskId: old.id, dueDate: item.newDueDate, title: old.title });
      expect(targetGoals.find((g) => g.id === successor.goalId)?.title).toBeDefined();
    }
    const successorOf = (id: string) => done.carried.find((c) => c.id === id)!.successorId!;
    expect((await taskRow(successorOf(fx.submitted.id))).status).toBe("in_progress");
    expect((await taskRow(successorOf(fx.draft.id))).status).toBe("draft");
    expect((await taskRow(successorOf(fx.inProgress.id))).progress).toBe(0 + fx.inProgress.progress);
    const carriedMilestones = await db.select().from(milestones).where(eq(milestones.taskId, successorOf(fx.inProgress.id)));
    expect(carriedMilestones.map((m) => [m.title, m.dueDate])).toEqual([["未完成节点", "2027-05-31"]]);
    expect(await db.$count(taskDepartments, eq(taskDepartments.taskId, successorOf(fx.assigned.id)))).toBe(2);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, "task.carry_over"));
    expect(events.filter((e) => done.carried.some((c) => c.id === e.entityId))).toHaveLength(4);

    const again = await rolloverPlan(supervisor, { planId: fx.plan.id, targetYear: 2027, dryRun: false });
    expect(again.carried).toEqual([]);
    const explicit = await rolloverPlan(supervisor, { planId: fx.plan.id, targetYear: 2027, dryRun: false, tasks: [{ id: fx.assigned.id, version: 99 }, { id: fx.completed.id, version: fx.completed.version }] });
    expect(explicit.carried).toEqual([]);
    expect(explicit.skipped).toEqual([
      { fromTaskId: fx.assigned.id, title: "待签收任务", reason: "alreadyCarried", successorId: successorOf(fx.assigned.id) },
      { fromTaskId: fx.completed.id, title: "已办结任务", reason: "finished", successorId: null },
    ]);
    expect(await db.$count(tasks, eq(tasks.planId, done.plan!.id))).toBe(4);
    expect(await db.$count(plans, eq(plans.year, 2027))).toBe(1);
  });

  it("carries a chosen subset with chosen due dates into the same target; the rest stays", async () => {
    const admin = await actorFor("admin");
    const fx = await makeRolloverPlan("依法行政工作安排");
    const db = await getDb();
    const [lever] = await db.select({ id: frameworkIndicators.id }).from(frameworkIndicators).limit(1);
    await db.insert(taskIndicatorTags).values({ taskId: fx.inProgress.id, indicatorId: lever!.id });
    // A 办结申请 the officer prepared on the old task does not stay open on a closed task.
    const officer = await actorFor("sfj_officer");
    const [draft] = await db.insert(completionDrafts).values({ taskId: fx.inProgress.id, note: "已准备的办结说明", preparedBy: officer.id, taskVersion: fx.inProgress.version }).returning();
    const first = await rolloverPlan(admin, { planId: fx.plan.id, targetYear: 2027, dryRun: false, tasks: [{ id: fx.inProgress.id, version: fx.inProgress.version, dueDate: "2027-12-31" }] });
    expect(first.target.title).toBe("2027年依法行政工作安排");
    expect(first.carried.map((c) => [c.id, c.newDueDate])).toEqual([[fx.inProgress.id, "2027-12-31"]]);
    // The successor keeps the indicator tags: the coverage view sees no gap open.
    const successorTags = await db.select({ indicatorId: taskIndicatorTags.indicatorId }).from(taskIndicatorTags).where(eq(taskIndicatorTags.taskId, first.carried[0]!.successorId!));
    expect(successorTags).toEqual([{ indicatorId: lever!.id }]);
    expect((await db.select().from(completionDrafts).where(eq(completionDrafts.id, draft!.id)))[0]).toMatchObject({ status: "discarded", closedBy: admin.id });
    expect((await taskRow(fx.assigned.id)).status).toBe("assigned");
    const second = await rolloverPlan(admin, { planId: fx.plan.id, targetYear: 2027, dryRun: false, tasks: [{ id: fx.assigned.id, version: fx.assigned.version }] });
    expect(second.plan!.id).toBe(first.plan!.id);
    expect((await taskRow(second.carried[0]!.successorId!)).dueDate).toBe("2027-03-31");
  });

  it("copies the goals' indicator tags onto the goal tree it creates, path by path", async () => {
    const supervisor = await actorFor("supervisor");
    const fx = await makeRolloverPlan("带指标目标的方案");
    const db = await getDb();
    const own = await db.select().from(goals).where(eq(goals.planId, fx.plan.id));
    const goalId = (title: string) => own.find((g) => g.title === title)!.id;
    const catalogue = await loadIndicatorCatalogue();
    const indicatorId = (code: string) => catalogue.find((entry) => `${entry.frameworkCode}:${entry.code}` === code)!.id;
    await db.insert(goalIndicatorTags).values([
      { goalId: goalId("依法全面履行政府职能"), indicatorId: indicatorId("SFZB-2021:1") },
      { goalId: goalId("深化简政放权"), indicatorId: indicatorId("SFZB-2021:1.1") },
      { goalId: goalId("深化简政放权"), indicatorId: indicatorId("1211:A1") },
    ]);

    const done = await rolloverPlan(supervisor, { planId: fx.plan.id, targetYear: 2027, dryRun: false });
    const copies = await db.select().from(goals).where(eq(goals.planId, done.plan!.id));
    const tags = await goalIndicatorCodes(copies.map((g) => g.id));
    expect(Object.fromEntries(copies.map((g) => [g.title, tags.get(g.id)]))).toEqual({
      依法全面履行政府职能: ["SFZB-2021:1"],
      深化简政放权: ["1211:A1", "SFZB-2021:1.1"],
      严格规范公正文明执法: [],
    });
    // The source keeps its own tags.
    expect((await goalIndicatorCodes([goalId("深化简政放权")])).get(goalId("深化简政放权"))).toEqual(["1211:A1", "SFZB-2021:1.1"]);
  });

  it("refuses the whole rollover with 409 when a task changed after the preview, and bad years or dates in words", async () => {
    const supervisor = await actorFor("supervisor");
    const officer = await actorFor("sfj_officer");
    const fx = await makeRolloverPlan("并发编辑的方案");
    const preview = await rolloverPlan(supervisor, { planId: fx.plan.id, targetYear: 2027, dryRun: true });
    const chosen = preview.carried.map((c) => ({ id: c.id, version: c.version }));
    await reportProgress(officer, { id: fx.inProgress.id, version: fx.inProgress.version, percent: 80, note: "又有进展", attachmentIds: [] });
    await refusal(rolloverPlan(supervisor, { planId: fx.plan.id, targetYear: 2027, dryRun: false, tasks: chosen }), "CONFLICT");
    const db = await getDb();
    expect(await db.$count(tasks, inArray(tasks.id, chosen.map((c) => c.id)))).toBe(4);
    expect((await db.select().from(tasks).where(inArray(tasks.id, chosen.map((c) => c.id)))).every((t) => t.status !== "carried_over")).toBe(true);
    expect(await db.$count(plans, eq(plans.rolledFromPlanId, fx.plan.id))).toBe(0);

    const year = await refusal(rolloverPlan(supervisor, { planId: fx.plan.id, targetYear: 2026, dryRun: true }), "VALIDATION");
    expect(year.fieldErrors).toEqual({ targetYear: ["rolloverYear"] });
    const date = await refusal(rolloverPlan(supervisor, { planId: fx.plan.id, targetYear: 2027, dryRun: true, tasks: [{ id: fx.draft.id, version: fx.draft.version, dueDate: "2026-12-31" }] }), "VALIDATION");
    expect(date.fieldErrors).toEqual({ "tasks.0.dueDate": ["rolloverDueDate"] });
  });

  it("is refused to leaders and department roles, and hides nothing it should not", async () => {
    const fx = await makeRolloverPlan("权限测试方案");
    for (const account of ["leader", "sfj_head", "sfj_officer", "scj_officer"]) {
      await refusal(rolloverPlan(await actorFor(account), { planId: fx.plan.id, targetYear: 2027, dryRun: true }), "FORBIDDEN");
    }
    await refusal(rolloverPlan(await actorFor("supervisor"), { planId: "00000000-0000-4000-8000-000000000000", targetYear: 2027, dryRun: true }), "NOT_FOUND");
  });
});
