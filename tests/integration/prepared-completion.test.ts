import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { attachments, auditEvents, completionDrafts, notifications, tasks } from "@/db/schema";
import { storeUpload } from "@/lib/services/attachments/store-upload";
import { discardCompletion } from "@/lib/services/tasks/discard-completion";
import { prepareCompletion } from "@/lib/services/tasks/prepare-completion";
import { requestExtension } from "@/lib/services/tasks/request-extension";
import { submitPreparedCompletion } from "@/lib/services/tasks/submit-prepared-completion";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { actorFor, refusal, seedDemoData } from "../support/fixtures";
import { PDF, UTF8_TEXT } from "../support/sample-files";
import { makeTask } from "../support/task-fixtures";

// 准备办结申请 (联络员) → 一键提交 (单位负责人): the draft, its evidence and its outcome,
// against the real database; every refusal changes nothing.

beforeAll(seedDemoData, 60_000);

async function versionOf(id: string) {
  const db = await getDb();
  return (await db.select({ version: tasks.version }).from(tasks).where(eq(tasks.id, id)))[0]!.version;
}

async function openDrafts(taskId: string) {
  const db = await getDb();
  return db.select().from(completionDrafts).where(and(eq(completionDrafts.taskId, taskId), eq(completionDrafts.status, "open")));
}

/** An in-progress task of 区司法局 with one progress report: 申请办结 is possible. */
async function readyTask() {
  const task = await makeTask("in_progress");
  const officer = await actorFor("sfj_officer");
  await reportProgress(officer, { id: task.id, version: task.version, percent: 100, note: "制度已印发", attachmentIds: [] });
  return { task, officer, head: await actorFor("sfj_head") };
}

async function prepare(taskId: string, note = "已完成全部整改，制度已印发实施", files: string[] = []) {
  const officer = await actorFor("sfj_officer");
  return prepareCompletion(officer, { id: taskId, version: await versionOf(taskId), note, attachmentIds: files });
}

describe("a prepared 办结申请", () => {
  it("is prepared by the officer with evidence, tells the head, and is submitted in one click with its note and files", async () => {
    const { task, officer, head } = await readyTask();
    const file = await storeUpload(officer, { name: "印发文件.pdf", bytes: PDF });
    const { draft } = await prepare(task.id, "已完成全部整改，制度已印发实施", [file.id]);
    const db = await getDb();
    const [linked] = await db.select().from(attachments).where(eq(attachments.id, file.id));
    expect(linked).toMatchObject({ taskId: task.id, completionDraftId: draft.id, progressReportId: null });
    const told = await db.select().from(notifications).where(and(eq(notifications.userId, head.id), eq(notifications.kind, "task.completion_prepared")));
    expect(told.map((n) => n.link)).toContain(`/tasks/${task.id}`);

    const { task: submitted } = await submitPreparedCompletion(head, { id: task.id, version: await versionOf(task.id) });
    expect(submitted).toMatchObject({ status: "submitted", completionNote: "已完成全部整改，制度已印发实施" });
    const [closed] = await db.select().from(completionDrafts).where(eq(completionDrafts.id, draft.id));
    expect(closed).toMatchObject({ status: "submitted", closedBy: head.id });
    expect((await db.select().from(attachments).where(eq(attachments.id, file.id)))[0]!.completionDraftId).toBe(draft.id);
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, task.id), eq(auditEvents.action, "task.submit")));
    expect(events[0]!.data).toMatchObject({ to: "submitted", draftId: draft.id, preparedBy: officer.id });
  });

  it("replaces the open draft when prepared again, keeping the files the officer kept; a stale form is refused (409)", async () => {
    const { task, officer } = await readyTask();
    const kept = await storeUpload(officer, { name: "台账.txt", bytes: UTF8_TEXT });
    const dropped = await storeUpload(officer, { name: "旧文件.pdf", bytes: PDF });
    const staleVersion = await versionOf(task.id);
    const first = await prepare(task.id, "初稿", [kept.id, dropped.id]);
    expect(await refusal(prepareCompletion(officer, { id: task.id, version: staleVersion, note: "覆盖", attachmentIds: [] }), "CONFLICT")).toMatchObject({ messageKey: "staleVersion" });
    const second = await prepare(task.id, "定稿", [kept.id]);
    const open = await openDrafts(task.id);
    expect(open.map((d) => [d.id, d.note])).toEqual([[second.draft.id, "定稿"]]);
    const db = await getDb();
    expect((await db.select().from(completionDrafts).where(eq(completionDrafts.id, first.draft.id)))[0]!.status).toBe("replaced");
    const files = await db.select({ id: attachments.id }).from(attachments).where(eq(attachments.completionDraftId, second.draft.id));
    expect(files.map((f) => f.id)).toEqual([kept.id]);
  });

  it("is refused to the head (who submits directly), to another department and while an extension request is pending", async () => {
    const { task, head } = await readyTask();
    const before = await versionOf(task.id);
    await refusal(prepareCompletion(head, { id: task.id, version: before, note: "x", attachmentIds: [] }), "FORBIDDEN");
    await refusal(prepareCompletion(await actorFor("scj_officer"), { id: task.id, version: before, note: "x", attachmentIds: [] }), "NOT_FOUND");
    await requestExtension(head, { id: task.id, version: before, requestedDueDate: "2100-06-30", reason: "等待上级批复" });
    const pending = await refusal(prepare(task.id), "CONFLICT");
    expect(pending.messageKey).toBe("submitWhileExtensionPending");
    expect(await openDrafts(task.id)).toEqual([]);
  });

  it("cannot be submitted by the officer, nor stale, nor while an extension is pending; nor without a draft", async () => {
    const { task, officer, head } = await readyTask();
    const stale = await versionOf(task.id);
    await refusal(submitPreparedCompletion(head, { id: task.id, version: stale }), "CONFLICT").then((e) => expect(e.messageKey).toBe("noCompletionDraft"));
    await prepare(task.id);
    await refusal(submitPreparedCompletion(officer, { id: task.id, version: await versionOf(task.id) }), "FORBIDDEN");
    expect(await refusal(submitPreparedCompletion(head, { id: task.id, version: stale }), "CONFLICT")).toMatchObject({ messageKey: "staleVersion" });
    await requestExtension(head, { id: task.id, version: await versionOf(task.id), requestedDueDate: "2100-06-30", reason: "等待上级批复" });
    const pending = await refusal(submitPreparedCompletion(head, { id: task.id, version: await versionOf(task.id) }), "CONFLICT");
    expect(pending.messageKey).toBe("submitWhileExtensionPending");
    expect(await openDrafts(task.id)).toHaveLength(1);
    expect((await (await getDb()).select().from(tasks).where(eq(tasks.id, task.id)))[0]!.status).toBe("in_progress");
  });

  it("is returned by the head with a reason the preparer reads; a direct 申请办结 supersedes an open draft", async () => {
    const { task, officer, head } = await readyTask();
    const { draft } = await prepare(task.id);
    await refusal(discardCompletion(await actorFor("scj_officer"), { id: task.id, version: await versionOf(task.id), reason: null }), "NOT_FOUND");
    await discardCompletion(head, { id: task.id, version: await versionOf(task.id), reason: "佐证材料不全，请补充会议纪要" });
    const db = await getDb();
    expect((await db.select().from(completionDrafts).where(eq(completionDrafts.id, draft.id)))[0]!.status).toBe("discarded");
    const told = await db.select().from(notifications).where(and(eq(notifications.userId, officer.id), eq(notifications.kind, "task.completion_returned")));
    expect(told[0]!.body).toBe("佐证材料不全，请补充会议纪要");
    await refusal(discardCompletion(head, { id: task.id, version: await versionOf(task.id), reason: null }), "CONFLICT");

    const again = await prepare(task.id, "补充后的说明");
    await transitionTask(head, { id: task.id, version: await versionOf(task.id), action: "submit", reason: "负责人自拟的说明" });
    expect((await db.select().from(completionDrafts).where(eq(completionDrafts.id, again.draft.id)))[0]!.status).toBe("superseded");
  });

  it("is discarded when the task is cancelled: no open draft is left on a closed task", async () => {
    const { task } = await readyTask();
    const { draft } = await prepare(task.id);
    const supervisor = await actorFor("supervisor");
    await transitionTask(supervisor, { id: task.id, version: await versionOf(task.id), action: "cancel", reason: "任务调整，不再实施" });
    const db = await getDb();
    const [closed] = await db.select().from(completionDrafts).where(eq(completionDrafts.id, draft.id));
    expect(closed).toMatchObject({ status: "discarded", closedBy: supervisor.id });
    expect(await openDrafts(task.id)).toEqual([]);
  });
});
