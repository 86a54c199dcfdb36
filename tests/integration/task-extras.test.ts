import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { extensionRequests, milestones, tasks } from "@/db/schema";
import { decideExtension } from "@/lib/services/tasks/decide-extension";
import { addMilestone, completeMilestone } from "@/lib/services/tasks/milestones";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { requestExtension } from "@/lib/services/tasks/request-extension";
import { setTaskOwner } from "@/lib/services/tasks/set-owner";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { updateTask } from "@/lib/services/tasks/update-task";
import { ZTaskUpdateSchema } from "@/lib/validation/tasks";
import { actorFor, departmentId, refusal, seedDemoData, userRow } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

beforeAll(seedDemoData);

async function taskRow(id: string) {
  const [row] = await (await getDb()).select().from(tasks).where(eq(tasks.id, id));
  return row!;
}

// Shanghai noon on a given day, as an instant.
const noonIn = (day: string) => new Date(`${day}T04:00:00Z`);

describe("extension requests", () => {
  it("moves the due date on approval and keeps the original", async () => {
    const task = await makeTask("in_progress", { dueDate: "2030-06-30" });
    const head = await actorFor("sfj_head");
    const request = await requestExtension(head, { id: task.id, version: task.version, requestedDueDate: "2030-08-31", reason: "需配合单位提供数据" }, noonIn("2030-06-30"));
    expect(request).toMatchObject({ status: "pending", currentDueDate: "2030-06-30", requestedDueDate: "2030-08-31" });
    const { task: after } = await decideExtension(await actorFor("supervisor"), { id: request.id, approve: true, reason: null });
    expect(after).toMatchObject({ dueDate: "2030-08-31", originalDueDate: "2030-06-30" });
    await refusal(decideExtension(await actorFor("supervisor"), { id: request.id, approve: false, reason: "再次决定" }), "CONFLICT");
  });

  it("is refused after the due date (in the configured time zone) and nothing is written", async () => {
    const task = await makeTask("in_progress", { dueDate: "2030-06-30" });
    const head = await actorFor("sfj_head");
    // 2030-06-30T16:30Z is already 2030-07-01 in Shanghai.
    await refusal(
      requestExtension(head, { id: task.id, version: task.version, requestedDueDate: "2030-07-31", reason: "迟到的申请" }, new Date("2030-06-30T16:30:00Z")),
      "RULE",
    );
    const rows = await (await getDb()).select().from(extensionRequests).where(eq(extensionRequests.taskId, task.id));
    expect(rows).toEqual([]);
    expect((await taskRow(task.id)).version).toBe(task.version);
  });

  it("allows one pending request at a time, at most two per task, only for a later date, only by the lead head", async () => {
    const task = await makeTask("in_progress", { dueDate: "2030-06-30" });
    const head = await actorFor("sfj_head");
    const supervisor = await actorFor("supervisor");
    const now = noonIn("2030-06-01");
    const sameDay = await refusal(requestExtension(head, { id: task.id, version: task.version, requestedDueDate: "2030-06-30", reason: "x" }, now), "VALIDATION");
    expect(sameDay.fieldErrors).toEqual({ requestedDueDate: ["extensionNotLater"] });
    await refusal(requestExtension(await actorFor("sfj_officer"), { id: task.id, version: task.version, requestedDueDate: "2030-07-30", reason: "x" }, now), "FORBIDDEN");

    const first = await requestExtension(head, { id: task.id, version: task.version, requestedDueDate: "2030-07-15", reason: "一" }, now);
    let version = (await taskRow(task.id)).version;
    await refusal(requestExtension(head, { id: task.id, version, requestedDueDate: "2030-07-20", reason: "二" }, now), "CONFLICT");
    await refusal(decideExtension(supervisor, { id: first.id, approve: false, reason: null }), "RULE");
    await decideExtension(supervisor, { id: first.id, approve: false, reason: "理由不充分" });
    version = (await taskRow(task.id)).version;
    const second = await requestExtension(head, { id: task.id, version, requestedDueDate: "2030-07-20", reason: "二" }, now);
    await decideExtension(supervisor, { id: second.id, approve: true, reason: null });
    version = (await taskRow(task.id)).version;
    await refusal(requestExtension(head, { id: task.id, version, requestedDueDate: "2030-09-30", reason: "三" }, now), "RULE");
    expect(await taskRow(task.id)).toMatchObject({ dueDate: "2030-07-20", originalDueDate: "2030-06-30" });
  });

  it("is decided only by a supervisor", async () => {
    const task = await makeTask("in_progress", { dueDate: "2030-06-30" });
    const request = await requestExtension(await actorFor("sfj_head"), { id: task.id, version: task.version, requestedDueDate: "2030-07-31", reason: "x" }, noonIn("2030-06-01"));
    for (const account of ["leader", "sfj_head", "sfj_officer"]) {
      await refusal(decideExtension(await actorFor(account), { id: request.id, approve: true, reason: null }), "FORBIDDEN");
    }
  });
});

describe("owner and milestones", () => {
  it("sets an owner from the lead department only", async () => {
    const task = await makeTask("in_progress");
    const head = await actorFor("sfj_head");
    const officer = await userRow("sfj_officer");
    const outsider = await userRow("scj_officer");
    const wrong = await refusal(setTaskOwner(head, { id: task.id, version: task.version, ownerId: outsider.id }), "VALIDATION");
    expect(wrong.fieldErrors).toEqual({ ownerId: ["ownerNotInLeadDepartment"] });
    const updated = await setTaskOwner(head, { id: task.id, version: task.version, ownerId: officer.id });
    expect(updated.ownerId).toBe(officer.id);
    await refusal(setTaskOwner(await actorFor("sfj_officer"), { id: task.id, version: updated.version, ownerId: null }), "FORBIDDEN");
  });

  it("adds a milestone (supervisor or lead head) and completes it (lead department)", async () => {
    const task = await makeTask("in_progress");
    const added = await addMilestone(await actorFor("sfj_head"), { id: task.id, version: task.version, title: "完成制度起草", dueDate: "2099-06-30" });
    await refusal(addMilestone(await actorFor("sfj_officer"), { id: task.id, version: task.version + 1, title: "x", dueDate: null }), "FORBIDDEN");
    const version = (await taskRow(task.id)).version;
    await refusal(completeMilestone(await actorFor("scj_officer"), { id: task.id, version, milestoneId: added.id }), "NOT_FOUND");
    const done = await completeMilestone(await actorFor("sfj_officer"), { id: task.id, version, milestoneId: added.id });
    expect(done.completedAt).toBeInstanceOf(Date);
    await refusal(completeMilestone(await actorFor("sfj_officer"), { id: task.id, version: version + 1, milestoneId: added.id }), "CONFLICT");
  });
});

describe("editing a task", () => {
  it("edits fields, reassigns the lead department and keeps completed milestones", async () => {
    const task = await makeTask("in_progress", { milestones: [{ title: "节点一", dueDate: null }] });
    const [first] = await (await getDb()).select().from(milestones).where(eq(milestones.taskId, task.id));
    await completeMilestone(await actorFor("sfj_officer"), { id: task.id, version: task.version, milestoneId: first!.id });
    const current = await taskRow(task.id);
    const audit = await departmentId("区审计局");
    const updated = await updateTask(
      await actorFor("supervisor"),
      ZTaskUpdateSchema.parse({
        id: task.id,
        version: current.version,
        title: "修改后的标题",
        leadDepartmentId: audit,
        cooperatingDepartmentIds: [],
        dueDate: "2099-10-31",
        milestones: [{ title: "新节点" }],
        indicators: [{ name: "办结率", unit: "%", target: 100 }],
      }),
    );
    expect(updated).toMatchObject({ title: "修改后的标题", dueDate: "2099-10-31" });
    const rows = await (await getDb()).select().from(milestones).where(eq(milestones.taskId, task.id));
    expect(rows.map((m) => m.title).sort()).toEqual(["新节点", "节点一"]);
    // 区司法局 no longer sees it.
    await refusal(updateTask(await actorFor("sfj_head"), ZTaskUpdateSchema.parse({ id: task.id, version: updated.version, title: "x", dueDate: "2099-10-31" })), "FORBIDDEN");
  });

  it("refuses a due date before the start, an unknown department, and a published task without due date", () => {
    const id = "7d1f5f8e-4a57-4c3e-9a0b-1f2d3c4b5a69";
    const bad = ZTaskUpdateSchema.safeParse({ id, version: 1, title: "x", startDate: "2030-05-01", dueDate: "2030-04-01" });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(["dueBeforeStart"]);
    expect(ZTaskUpdateSchema.safeParse({ id, version: 1, title: "x", dueDate: "2030-02-30" }).success).toBe(false);
    expect(ZTaskUpdateSchema.safeParse({ id, version: 1, title: "x".repeat(201) }).success).toBe(false);
    expect(ZTaskUpdateSchema.safeParse({ id, version: 1, title: "x", unknownField: 1 }).success).toBe(false);
  });
});

describe("申请办结 and a pending extension request", () => {
  it("is refused while the request is undecided, and accepted once it is decided", async () => {
    const task = await makeTask("in_progress", { dueDate: "2099-06-30" });
    const head = await actorFor("sfj_head");
    const reported = (await reportProgress(head, { id: task.id, version: task.version, percent: 100, note: "已全部完成", attachmentIds: [] })).task;
    const request = await requestExtension(head, { id: task.id, version: reported.version, requestedDueDate: "2099-08-31", reason: "等待验收" });
    const before = await taskRow(task.id);
    const refused = await refusal(transitionTask(head, { id: task.id, version: before.version, action: "submit", reason: "请审核" }), "CONFLICT");
    expect(refused.messageKey).toBe("submitWhileExtensionPending");
    expect((await taskRow(task.id)).status).toBe("in_progress");
    await decideExtension(await actorFor("supervisor"), { id: request.id, approve: false, reason: "无需延期" });
    const after = await taskRow(task.id);
    expect((await transitionTask(head, { id: task.id, version: after.version, action: "submit", reason: "请审核" })).status).toBe("submitted");
  });
});
