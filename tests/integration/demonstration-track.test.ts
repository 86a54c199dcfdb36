import { and, asc, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { listDemonstrationTracks } from "@/db/queries/cockpit/demonstration-tracks";
import { auditEvents, goals, milestones, plans, progressReports, tasks } from "@/db/schema";
import type { TWarningContext } from "@/lib/domain/warning";
import { completeDemonstrationStage } from "@/lib/services/demonstration/complete-stage";
import { createDemonstrationGoal } from "@/lib/services/demonstration/create-demonstration-goal";
import { markDemonstrationGoal } from "@/lib/services/demonstration/mark-demonstration-goal";
import { rolloverPlan } from "@/lib/services/plans/rollover-plan";
import { ZRolloverSchema } from "@/lib/validation/rollover";
import { completeMilestone } from "@/lib/services/tasks/milestones";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { ZCompleteStageSchema, ZCreateDemonstrationGoalSchema, ZMarkDemonstrationGoalSchema } from "@/lib/validation/demonstration";
import { actorFor, departmentId, refusal, seedDemoData } from "../support/fixtures";

beforeAll(seedDemoData);

const dates = { declare: "2030-03-31", self_assess: "2030-05-31", preliminary_review: "2030-07-31", field_assessment: "2030-09-30", naming: "2030-12-31" };
const context: TWarningContext = { today: "2030-06-15", timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } };

async function demoPlanId() {
  const [plan] = await (await getDb()).select({ id: plans.id }).from(plans).limit(1);
  return plan!.id;
}

async function stagesOf(taskId: string) {
  return (await getDb()).select().from(milestones).where(and(eq(milestones.taskId, taskId), isNotNull(milestones.stage))).orderBy(asc(milestones.sortOrder));
}

/** A new track, published and accepted by 区司法局: ready for its stages. */
async function startedTrack(title: string) {
  const supervisor = await actorFor("supervisor");
  const input = ZCreateDemonstrationGoalSchema.parse({ planId: await demoPlanId(), title, category: "project", leadDepartmentId: await departmentId("区司法局"), stageDueDates: dates });
  const { task } = await createDemonstrationGoal(supervisor, input);
  const published = await transitionTask(supervisor, { id: task.id, version: task.version, action: "publish", reason: null });
  return transitionTask(await actorFor("sfj_officer"), { id: task.id, version: published.version, action: "accept", reason: null });
}

const stage = (id: string, version: number, name: string, note = "已提交申报材料") => ZCompleteStageSchema.parse({ id, version, stage: name, note });

describe("示范创建: starting a track", () => {
  it("creates a demonstration goal with a draft task whose milestones are the five stages in order", async () => {
    const planId = await demoPlanId();
    const input = ZCreateDemonstrationGoalSchema.parse({ planId, title: "创建省级法治政府建设示范项目", category: "project", leadDepartmentId: await departmentId("区司法局"), stageDueDates: dates });
    const { goal, task } = await createDemonstrationGoal(await actorFor("supervisor"), input);
    expect(goal).toMatchObject({ planId, parentId: null, track: "demonstration", demonstrationCategory: "project", title: input.title });
    expect(task).toMatchObject({ goalId: goal.id, status: "draft", dueDate: "2030-12-31", title: input.title });
    expect((await stagesOf(task.id)).map((m) => [m.stage, m.title, m.dueDate])).toEqual([
      ["declare", "申报", "2030-03-31"],
      ["self_assess", "自评", "2030-05-31"],
      ["preliminary_review", "初审", "2030-07-31"],
      ["field_assessment", "实地评估", "2030-09-30"],
      ["naming", "命名", "2030-12-31"],
    ]);
    const [event] = await (await getDb()).select().from(auditEvents).where(eq(auditEvents.action, "plan.demonstration_create"));
    expect(event).toMatchObject({ entityType: "plan", entityId: planId, data: expect.objectContaining({ goalId: goal.id, taskId: task.id, category: "project" }) });
  });

  it("marks an existing goal at its version; a stale version is 409, a second mark is refused", async () => {
    const db = await getDb();
    const [goal] = await db.select().from(goals).where(eq(goals.track, "ordinary")).limit(1);
    const supervisor = await actorFor("supervisor");
    const lead = await departmentId("区司法局");
    const input = (version: number) => ZMarkDemonstrationGoalSchema.parse({ goalId: goal!.id, version, category: "site", leadDepartmentId: lead, stageDueDates: {} });
    await refusal(markDemonstrationGoal(supervisor, input(goal!.version + 1)), "CONFLICT");
    const { goal: marked, task } = await markDemonstrationGoal(supervisor, input(goal!.version));
    expect(marked).toMatchObject({ track: "demonstration", demonstrationCategory: "site", version: goal!.version + 1 });
    expect(task).toMatchObject({ goalId: goal!.id, title: goal!.title, dueDate: null });
    expect(await stagesOf(task.id)).toHaveLength(5);
    const again = await refusal(markDemonstrationGoal(supervisor, input(marked.version)), "CONFLICT");
    expect(again.messageKey).toBe("alreadyDemonstration");
  });

  it("is refused to those who do not plan, and stage dates must not run backwards", async () => {
    const planId = await demoPlanId();
    const input = ZCreateDemonstrationGoalSchema.parse({ planId, title: "示范点", category: "site", leadDepartmentId: await departmentId("区司法局"), stageDueDates: {} });
    await refusal(createDemonstrationGoal(await actorFor("leader"), input), "FORBIDDEN");
    await refusal(createDemonstrationGoal(await actorFor("sfj_head"), input), "FORBIDDEN");
    const backwards = ZCreateDemonstrationGoalSchema.safeParse({ ...input, stageDueDates: { declare: "2030-05-01", self_assess: "2030-04-01" } });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]).toMatchObject({ path: ["stageDueDates"], message: "stageDatesOrder" });
  });
});

describe("示范创建: completing stages", () => {
  it("completes stages in order with evidence, refuses them out of order, and shows the current stage in the cockpit", async () => {
    let task = await startedTrack("创建市级法治政府建设示范单位");
    const head = await actorFor("sfj_head");
    const skipped = await refusal(completeDemonstrationStage(head, stage(task.id, task.version, "self_assess")), "RULE");
    expect(skipped.messageKey).toBe("stageOutOfOrder");
    expect((await stagesOf(task.id)).every((m) => !m.completedAt)).toBe(true);

    const before = (await listDemonstrationTracks({ roles: ["leader"] }, context)).find((t) => t.taskId === task.id);
    expect(before).toMatchObject({ stage: "declare", stageDueDate: "2030-03-31", late: true, category: "project" });

    const done = await completeDemonstrationStage(head, stage(task.id, task.version, "declare"));
    task = done.task;
    expect(task.progress).toBe(20);
    const [declare] = await stagesOf(task.id);
    expect(declare).toMatchObject({ completedBy: head.id, evidenceReportId: done.report.id });
    const [report] = await (await getDb()).select().from(progressReports).where(eq(progressReports.id, done.report.id));
    expect(report).toMatchObject({ note: "已提交申报材料", percent: 20 });
    const again = await refusal(completeDemonstrationStage(head, stage(task.id, task.version, "declare")), "CONFLICT");
    expect(again.messageKey).toBe("stageDone");

    const after = (await listDemonstrationTracks({ roles: ["leader"] }, context)).find((t) => t.taskId === task.id);
    expect(after).toMatchObject({ stage: "self_assess", stageDueDate: "2030-05-31", late: true });
    const [event] = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.action, "task.stage_complete"), eq(auditEvents.entityId, task.id)));
    expect(event!.data).toMatchObject({ stage: "declare", reportId: done.report.id, attachments: 0 });
  });

  it("refuses a stale version (409), another department, and the plain milestone door", async () => {
    const task = await startedTrack("创建法治政府建设示范点");
    const head = await actorFor("sfj_head");
    await refusal(completeDemonstrationStage(head, stage(task.id, task.version - 1, "declare")), "CONFLICT");
    // Another department does not see the task at all.
    await refusal(completeDemonstrationStage(await actorFor("scj_officer"), stage(task.id, task.version, "declare")), "NOT_FOUND");
    await refusal(completeDemonstrationStage(await actorFor("supervisor"), stage(task.id, task.version, "declare")), "FORBIDDEN");
    const [declare] = await stagesOf(task.id);
    const plain = await refusal(completeMilestone(head, { id: task.id, version: task.version, milestoneId: declare!.id }), "RULE");
    expect(plain.messageKey).toBe("stageNeedsEvidence");
    const [row] = await (await getDb()).select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.version).toBe(task.version);
    expect((await stagesOf(task.id)).every((m) => !m.completedAt)).toBe(true);
  });
});

describe("示范创建 across a rollover", () => {
  it("carries the open stages and the goal's category; the successor goes on from its current stage and the cockpit follows it", async () => {
    let task = await startedTrack("创建法治政府建设示范单位（结转）");
    const head = await actorFor("sfj_head");
    task = (await completeDemonstrationStage(head, stage(task.id, task.version, "declare"))).task;
    const result = await rolloverPlan(await actorFor("supervisor"), ZRolloverSchema.parse({ planId: await demoPlanId(), targetYear: 2023 }));
    const successorId = result.carried.find((c) => c.id === task.id)!.successorId!;
    expect((await stagesOf(successorId)).map((m) => m.stage)).toEqual(["self_assess", "preliminary_review", "field_assessment", "naming"]);
    const db = await getDb();
    const [successor] = await db.select().from(tasks).where(eq(tasks.id, successorId));
    const [goal] = await db.select().from(goals).where(eq(goals.id, successor!.goalId!));
    expect(goal).toMatchObject({ track: "demonstration", demonstrationCategory: "project", title: "创建法治政府建设示范单位（结转）" });
    const tracks = await listDemonstrationTracks({ roles: ["leader"] }, context);
    expect(tracks.find((t) => t.taskId === successorId)).toMatchObject({ stage: "self_assess", year: 2023 });
    expect(tracks.some((t) => t.taskId === task.id)).toBe(false);
    expect(successor!.status).toBe("in_progress");
    const next = await completeDemonstrationStage(head, stage(successorId, successor!.version, "self_assess", "已完成自评"));
    expect(next.task.progress).toBe(40);
  });
});
