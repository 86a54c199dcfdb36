import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getTaskDetail } from "@/db/queries/tasks/task-detail";
import { tasks } from "@/db/schema";
import { getEnv, resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { addMilestone, completeMilestone } from "@/lib/services/tasks/milestones";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { actorFor, seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

beforeAll(seedDemoData, 60_000);
afterEach(() => {
  delete process.env.COMPLETION_REQUIRES_ALL_MILESTONES;
  resetEnvForTests();
});

const context = { today: "2030-05-15", timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } };

async function versionOf(id: string) {
  const db = await getDb();
  return (await db.select({ version: tasks.version }).from(tasks).where(eq(tasks.id, id)))[0]!.version;
}

/** An accepted task with one report at 60 % and one open milestone. */
async function unfinishedTask() {
  const supervisor = await actorFor("supervisor");
  const task = await makeTask("in_progress", { title: "节点未完成的任务" });
  const milestone = await addMilestone(supervisor, { id: task.id, version: task.version, title: "制度初稿", dueDate: null });
  const head = await actorFor("sfj_head");
  await reportProgress(head, { id: task.id, version: await versionOf(task.id), percent: 60, note: "已完成制度梳理", attachmentIds: [] });
  return { task, milestone, head };
}

describe("申请办结 with open milestones or progress under 100 %", () => {
  it("by default is allowed (the dialog warns): the page is told what is unfinished", async () => {
    const { task, head } = await unfinishedTask();
    const detail = await getTaskDetail(head, task.id, context);
    expect(detail.capabilities.submit.allowed).toBe(true);
    expect(detail.milestones.filter((m) => !m.completedAt)).toHaveLength(1);
    expect(detail.task.progress).toBe(60);
    const submitted = await transitionTask(head, { id: task.id, version: await versionOf(task.id), action: "submit", reason: "主体工作已完成" });
    expect(submitted.status).toBe("submitted");
  });

  it("with COMPLETION_REQUIRES_ALL_MILESTONES=true is refused in words until every milestone is done and progress is 100 %", async () => {
    process.env.COMPLETION_REQUIRES_ALL_MILESTONES = "true";
    resetEnvForTests();
    const { task, milestone, head } = await unfinishedTask();
    const before = await versionOf(task.id);
    const refused = await transitionTask(head, { id: task.id, version: before, action: "submit", reason: "主体工作已完成" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "RULE", messageKey: "submitIncomplete", params: { milestones: 1, progress: 60 } });
    expect(await versionOf(task.id)).toBe(before);
    const detail = await getTaskDetail(head, task.id, context);
    expect(detail.capabilities.submit).toMatchObject({ allowed: false, reason: { message: "submitIncomplete" } });

    // Progress at 100 % alone is not enough while the milestone is open.
    await reportProgress(head, { id: task.id, version: await versionOf(task.id), percent: 100, note: "全部完成", attachmentIds: [] });
    await expect(transitionTask(head, { id: task.id, version: await versionOf(task.id), action: "submit", reason: "已完成" })).rejects.toMatchObject({
      messageKey: "submitIncomplete",
      params: { milestones: 1, progress: 100 },
    });
    await completeMilestone(head, { id: task.id, version: await versionOf(task.id), milestoneId: milestone.id });
    const submitted = await transitionTask(head, { id: task.id, version: await versionOf(task.id), action: "submit", reason: "已完成" });
    expect(submitted.status).toBe("submitted");
  });

  it("refuses a setting that is not a boolean", () => {
    process.env.COMPLETION_REQUIRES_ALL_MILESTONES = "maybe";
    resetEnvForTests();
    expect(() => getEnv()).toThrow(/COMPLETION_REQUIRES_ALL_MILESTONES/);
  });
});
