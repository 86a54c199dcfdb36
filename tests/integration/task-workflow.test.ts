import { asc, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { getDb } from "@/db";
import { auditEvents, notifications, tasks, users } from "@/db/schema";
import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { createUser } from "@/lib/services/users/create-user";
import { ZUserCreateSchema } from "@/lib/validation/users";
import { actorFor, departmentId, refusal, seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

async function snapshot(taskId: string) {
  const db = await getDb();
  const [task] = await db.select().from(tasks).where(eq(tasks.id, taskId));
  const [events] = await db.select({ n: count() }).from(auditEvents);
  const [notes] = await db.select({ n: count() }).from(notifications);
  return { task, events: Number(events!.n), notes: Number(notes!.n) };
}

async function notificationsOf(account: string) {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.account, account));
  return db.select().from(notifications).where(eq(notifications.userId, user!.id)).orderBy(asc(notifications.createdAt));
}

beforeAll(async () => {
  await seedDemoData();
  // A user of the cooperating department (区财政局), which has no demo account.
  await createUser(
    await actorFor("admin"),
    ZUserCreateSchema.parse({ account: "czj_officer", name: "财政联络员", roles: ["dept_officer"], departmentId: await departmentId("区财政局"), password: "Coop#2026" }),
  );
});

describe("task lifecycle through the services", () => {
  it("keeps a draft from departments, then publishes it to them with notifications and an audit event", async () => {
    const draft = await makeTask("draft");
    await refusal(loadTaskForActor(await getDb(), await actorFor("sfj_officer"), draft.id), "NOT_FOUND");
    const published = await transitionTask(await actorFor("supervisor"), { id: draft.id, version: draft.version, action: "publish", reason: null });
    expect(published).toMatchObject({ status: "assigned", version: draft.version + 1, originalDueDate: "2099-12-31" });
    expect(published.publishedAt).toBeInstanceOf(Date);
    await loadTaskForActor(await getDb(), await actorFor("sfj_officer"), draft.id);
    await loadTaskForActor(await getDb(), await actorFor("czj_officer"), draft.id);
    expect((await notificationsOf("sfj_head")).map((n) => n.kind)).toContain("task.publish");
    expect((await notificationsOf("czj_officer")).map((n) => n.kind)).toContain("task.publish");
    const db = await getDb();
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, "task.publish"));
    expect(event).toMatchObject({ entityType: "task", entityId: draft.id, data: { from: "draft", to: "assigned" } });
  });

  it("goes all the way to completed and back with a reason", async () => {
    const done = await makeTask("completed");
    expect(done).toMatchObject({ status: "completed", progress: 100 });
    expect((await notificationsOf("sfj_head")).map((n) => n.kind)).toContain("task.approve");
    const supervisor = await actorFor("supervisor");
    await refusal(transitionTask(supervisor, { id: done.id, version: done.version, action: "reopen", reason: null }), "RULE");
    const reopened = await transitionTask(supervisor, { id: done.id, version: done.version, action: "reopen", reason: "佐证材料不全" });
    expect(reopened).toMatchObject({ status: "in_progress", completedAt: null });
  });

  it("lets the head decline an assignment back to draft, with a reason", async () => {
    const task = await makeTask("assigned");
    const head = await actorFor("sfj_head");
    await refusal(transitionTask(head, { id: task.id, version: task.version, action: "decline", reason: "" }), "RULE");
    const declined = await transitionTask(head, { id: task.id, version: task.version, action: "decline", reason: "不属于本单位职责" });
    expect(declined.status).toBe("draft");
    expect((await notificationsOf("supervisor")).map((n) => n.kind)).toContain("task.decline");
    await refusal(loadTaskForActor(await getDb(), head, task.id), "NOT_FOUND");
  });

  it("refuses submit before any progress report, and records the completion note", async () => {
    const task = await makeTask("in_progress");
    const head = await actorFor("sfj_head");
    await refusal(transitionTask(head, { id: task.id, version: task.version, action: "submit", reason: "已完成" }), "RULE");
    const reported = await reportProgress(await actorFor("sfj_officer"), { id: task.id, version: task.version, percent: 100, note: "全部完成", attachmentIds: [] });
    const submitted = await transitionTask(head, { id: task.id, version: reported.task.version, action: "submit", reason: "已按期完成" });
    expect(submitted).toMatchObject({ status: "submitted", completionNote: "已按期完成" });
    expect((await notificationsOf("supervisor")).map((n) => n.kind)).toContain("task.submit");
  });

  it("refuses a stale version with a conflict and writes nothing", async () => {
    const task = await makeTask("in_progress");
    await reportProgress(await actorFor("sfj_officer"), { id: task.id, version: task.version, percent: 30, note: "第一次", attachmentIds: [] });
    const before = await snapshot(task.id);
    await refusal(
      reportProgress(await actorFor("sfj_officer"), { id: task.id, version: task.version, percent: 50, note: "基于旧版本", attachmentIds: [] }),
      "CONFLICT",
    );
    await refusal(transitionTask(await actorFor("supervisor"), { id: task.id, version: task.version, action: "cancel", reason: "旧版本" }), "CONFLICT");
    expect(await snapshot(task.id)).toEqual(before);
  });

  it("answers not-found to a user of another department and changes nothing", async () => {
    const task = await makeTask("assigned");
    const outsider = await actorFor("scj_officer");
    const before = await snapshot(task.id);
    await refusal(transitionTask(outsider, { id: task.id, version: task.version, action: "accept", reason: null }), "NOT_FOUND");
    await refusal(reportProgress(outsider, { id: task.id, version: task.version, percent: 10, note: "x", attachmentIds: [] }), "NOT_FOUND");
    expect(await snapshot(task.id)).toEqual(before);
  });

  it("lets a cooperating department report progress but not act for the lead", async () => {
    const task = await makeTask("assigned");
    const coop = await actorFor("czj_officer");
    await refusal(transitionTask(coop, { id: task.id, version: task.version, action: "accept", reason: null }), "FORBIDDEN");
    const accepted = await transitionTask(await actorFor("sfj_officer"), { id: task.id, version: task.version, action: "accept", reason: null });
    const { task: after, report } = await reportProgress(coop, { id: task.id, version: accepted.version, percent: 80, note: "配合单位已提供数据", attachmentIds: [] });
    expect(report.percent).toBe(80);
    expect(after.progress).toBe(0);
    expect(after.lastProgressAt).toBeInstanceOf(Date);
  });

  it("refuses progress outside in_progress, and a leader can change nothing", async () => {
    const task = await makeTask("assigned");
    await refusal(reportProgress(await actorFor("sfj_officer"), { id: task.id, version: task.version, percent: 10, note: "x", attachmentIds: [] }), "CONFLICT");
    const leader = await actorFor("leader");
    await refusal(reportProgress(leader, { id: task.id, version: task.version, percent: 10, note: "x", attachmentIds: [] }), "FORBIDDEN");
    await refusal(transitionTask(leader, { id: task.id, version: task.version, action: "cancel", reason: "x" }), "FORBIDDEN");
  });

  it("cancels any open task with a reason and tells the departments", async () => {
    const task = await makeTask("in_progress");
    const cancelled = await transitionTask(await actorFor("supervisor"), { id: task.id, version: task.version, action: "cancel", reason: "任务调整" });
    expect(cancelled.status).toBe("cancelled");
    expect((await notificationsOf("czj_officer")).map((n) => n.kind)).toContain("task.cancel");
  });
});

describe("progress reports with evidence", () => {
  it("links the reporter's own uploads to the report, and refuses someone else's", async () => {
    const { storeUpload } = await import("@/lib/services/attachments/store-upload");
    const { mkdtempSync, rmSync } = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { resetEnvForTests } = await import("@/lib/env");
    const uploads = mkdtempSync(path.join(os.tmpdir(), "dudao-progress-"));
    onTestFinished(() => rmSync(uploads, { recursive: true, force: true }));
    process.env.UPLOAD_DIR = uploads;
    resetEnvForTests();
    const task = await makeTask("in_progress");
    const officer = await actorFor("sfj_officer");
    const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
    const mine = await storeUpload(officer, { name: "报告.pdf", bytes: pdf });
    const theirs = await storeUpload(await actorFor("sfj_head"), { name: "别人的.pdf", bytes: pdf });
    await refusal(reportProgress(officer, { id: task.id, version: task.version, percent: 50, note: "x", attachmentIds: [theirs.id] }), "VALIDATION");
    const { report } = await reportProgress(officer, { id: task.id, version: task.version, percent: 50, note: "附报告", attachmentIds: [mine.id] });
    const { attachments } = await import("@/db/schema");
    const [row] = await (await getDb()).select().from(attachments).where(eq(attachments.id, mine.id));
    expect(row).toMatchObject({ taskId: task.id, progressReportId: report.id });
  });
});
