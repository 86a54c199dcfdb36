import { readdir } from "node:fs/promises";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { attachments, auditEvents, notices, storedFiles, taskDepartments, tasks } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { linkAttachments, type TAttachmentTarget } from "@/lib/services/attachments/link-attachments";
import { openAttachmentForActor } from "@/lib/services/attachments/open-attachment";
import { storeUpload } from "@/lib/services/attachments/store-upload";
import { evidenceKey } from "@/lib/services/attachments/evidence-files";
import { resetEnvForTests } from "@/lib/env";
import { getFileStore } from "@/lib/storage";
import { readAll } from "@/lib/storage/file-store";
import { inTransaction } from "@/lib/services/transaction";
import { actorFor, departmentId, refusal, seedDemoData } from "../support/fixtures";
import { buildOfficeZip, HTML, PDF, PNG, UTF8_TEXT, WINDOWS_EXE } from "../support/sample-files";
import { withUploadDir } from "../support/upload-dir";

beforeAll(seedDemoData);
const uploadDir = withUploadDir("dudao-uploads-");

/** The evidence files the store holds: rows of stored_files on PostgreSQL, files under UPLOAD_DIR on PGlite. */
async function storedFileCount(): Promise<number> {
  if ((await getFileStore()).kind === "database") return (await getDb()).$count(storedFiles);
  const entries = await readdir(uploadDir(), { recursive: true, withFileTypes: true });
  const keys = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(uploadDir(), path.join(entry.parentPath, entry.name)));
  return keys.filter((key) => /^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key)).length;
}

/** Rows, audit events and stored files: a refused upload changes none of them. */
async function storedState() {
  const db = await getDb();
  const [rows] = await db.select({ n: count() }).from(attachments);
  const [events] = await db.select({ n: count() }).from(auditEvents);
  return { rows: rows!.n, events: events!.n, files: await storedFileCount() };
}

/** A published task led by 区司法局 (there is no task-creation service to rely on here). */
async function insertTask(title: string, cooperating: string[] = []): Promise<string> {
  const db = await getDb();
  const [task] = await db.insert(tasks).values({ title, status: "in_progress", dueDate: "2026-12-31" }).returning({ id: tasks.id });
  const lead = await departmentId("区司法局");
  const others = await Promise.all(cooperating.map((name) => departmentId(name)));
  await db.insert(taskDepartments).values([
    { taskId: task!.id, departmentId: lead, role: "lead" as const },
    ...others.map((id) => ({ taskId: task!.id, departmentId: id, role: "cooperating" as const })),
  ]);
  return task!.id;
}

async function insertNotice(fields: { kind: "supervise" | "circular"; departmentId: string | null }): Promise<string> {
  const db = await getDb();
  const [notice] = await db.insert(notices).values({ ...fields, status: "issued", content: "请按时反馈整改情况" }).returning({ id: notices.id });
  return notice!.id;
}

const link = (actor: TActor, ids: string[], target: TAttachmentTarget) => inTransaction((tx) => linkAttachments(tx, actor, ids, target));

const upload = async (account: string, name: string, bytes: Uint8Array) => storeUpload(await actorFor(account), { name, bytes });

describe("storing evidence files", () => {
  it.each([
    ["整改报告.pdf", PDF, "application/pdf"],
    ["现场照片.png", PNG, "image/png"],
    ["工作方案.docx", buildOfficeZip("word"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["台账.txt", UTF8_TEXT, "text/plain"],
  ])("stores %s under its hash, with its row and audit event", async (name, bytes, mimeType) => {
    const officer = await actorFor("sfj_officer");
    const stored = await storeUpload(officer, { name, bytes });
    expect(stored).toEqual({ id: expect.any(String), name, size: bytes.byteLength, mimeType });

    const db = await getDb();
    const [row] = await db.select().from(attachments).where(eq(attachments.id, stored.id));
    expect(row).toMatchObject({ uploadedBy: officer.id, taskId: null, progressReportId: null, noticeId: null, originalName: name });
    const file = await (await getFileStore()).get(evidenceKey(row!.sha256));
    expect(file).toMatchObject({ size: bytes.byteLength, contentType: mimeType });
    expect(file!.bytes).toEqual(bytes);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, stored.id));
    expect(event).toMatchObject({ action: "attachment.upload", actorId: officer.id, entityType: "attachment" });
    expect(event!.data).toMatchObject({ name, size: bytes.byteLength, mimeType, sha256: row!.sha256 });
  });

  it("stores the same content once: one file, two rows", async () => {
    const bytes = new Uint8Array(Buffer.from("同一份佐证材料，两次上传。\n"));
    const before = await storedState();
    const first = await upload("sfj_officer", "材料.txt", bytes);
    const second = await upload("supervisor", "材料（副本）.txt", bytes);
    const after = await storedState();
    expect(first.id).not.toBe(second.id);
    expect(after.rows).toBe(before.rows + 2);
    expect(after.files).toBe(before.files + 1);
  });

  it("lets supervisors upload (task:edit) and refuses a leader, writing nothing", async () => {
    await expect(upload("supervisor", "督查记录.pdf", PDF)).resolves.toMatchObject({ mimeType: "application/pdf" });
    const before = await storedState();
    await refusal(upload("leader", "批示.pdf", PDF), "FORBIDDEN");
    expect(await storedState()).toEqual(before);
  });
});

describe("refused uploads write nothing", () => {
  it.each([
    ["an executable renamed .pdf", "report.pdf", WINDOWS_EXE, "uploadTypeNotAllowed"],
    ["an HTML file", "page.html", HTML, "uploadTypeNotAllowed"],
    ["HTML named as text", "说明.txt", HTML, "uploadTypeNotAllowed"],
    ["an empty file", "空白.pdf", new Uint8Array(0), "uploadEmpty"],
    ["a file with no usable name", "../", PDF, "uploadNameInvalid"],
  ])("%s", async (_label, name, bytes, messageKey) => {
    const before = await storedState();
    const error = await refusal(upload("sfj_officer", name, bytes), "VALIDATION");
    expect(error.messageKey).toBe(messageKey);
    expect(await storedState()).toEqual(before);
  });

  it("a file over UPLOAD_MAX_BYTES, naming the limit", async () => {
    process.env.UPLOAD_MAX_BYTES = String(PNG.byteLength - 1);
    resetEnvForTests();
    try {
      const before = await storedState();
      const error = await refusal(upload("sfj_officer", "大图.png", PNG), "VALIDATION");
      expect(error).toMatchObject({ messageKey: "uploadTooLarge", params: { maxMb: expect.stringMatching(/^0\.\d+$/) } });
      expect(await storedState()).toEqual(before);
    } finally {
      delete process.env.UPLOAD_MAX_BYTES;
      resetEnvForTests();
    }
  });
});

describe("linking uploads to a task", () => {
  it("links one's own unlinked uploads, once", async () => {
    const taskId = await insertTask("规范行政执法案卷评查");
    const officer = await actorFor("sfj_officer");
    const a = await upload("sfj_officer", "案卷.pdf", PDF);
    const b = await upload("sfj_officer", "照片.png", PNG);
    await link(officer, [a.id, b.id, a.id], { taskId });

    const db = await getDb();
    const linked = await db.select().from(attachments).where(eq(attachments.taskId, taskId));
    expect(linked.map((row) => row.id).sort()).toEqual([a.id, b.id].sort());
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, "attachment.link"));
    expect(event).toMatchObject({ actorId: officer.id, entityType: "task", entityId: taskId });

    const again = await refusal(link(officer, [a.id], { taskId }), "VALIDATION");
    expect(again.fieldErrors).toEqual({ attachmentIds: ["attachmentInvalid"] });
  });

  it("refuses someone else's upload, an unknown id and a malformed id, and links none of the batch", async () => {
    const taskId = await insertTask("推进公共法律服务体系建设");
    const head = await actorFor("sfj_head");
    const own = await upload("sfj_head", "说明.txt", UTF8_TEXT);
    const others = await upload("sfj_officer", "他人的材料.pdf", PDF);
    for (const ids of [[own.id, others.id], [own.id, "00000000-0000-4000-8000-000000000000"], [own.id, "not-a-uuid"]]) {
      const error = await refusal(link(head, ids, { taskId }), "VALIDATION");
      expect(error.fieldErrors).toEqual({ attachmentIds: ["attachmentInvalid"] });
    }
    const db = await getDb();
    expect(await db.select().from(attachments).where(eq(attachments.taskId, taskId))).toEqual([]);
  });
});

describe("who may download", () => {
  const opens = async (account: string, id: string) => (await openAttachmentForActor(await actorFor(account), id)).attachment.id;

  it("an unlinked upload: only its uploader", async () => {
    const stored = await upload("sfj_officer", "草稿.pdf", PDF);
    const opened = await openAttachmentForActor(await actorFor("sfj_officer"), stored.id);
    expect(await readAll(opened.body)).toEqual(PDF);
    for (const account of ["sfj_head", "supervisor", "scj_officer"]) await refusal(opens(account, stored.id), "NOT_FOUND");
  });

  it("a task's evidence: whoever may see the task, and no other department", async () => {
    const taskId = await insertTask("开展行政复议规范化建设");
    const stored = await upload("sfj_officer", "复议台账.pdf", PDF);
    await link(await actorFor("sfj_officer"), [stored.id], { taskId });
    for (const account of ["sfj_officer", "sfj_head", "supervisor", "leader", "admin"]) expect(await opens(account, stored.id)).toBe(stored.id);
    await refusal(opens("scj_officer", stored.id), "NOT_FOUND");
  });

  it("a cooperating department sees the task's evidence", async () => {
    const taskId = await insertTask("联合开展市场监管执法检查", ["区市场监督管理局"]);
    const stored = await upload("sfj_officer", "联合检查.png", PNG);
    await link(await actorFor("sfj_officer"), [stored.id], { taskId });
    expect(await opens("scj_officer", stored.id)).toBe(stored.id);
  });

  it("a notice's evidence: its department and supervisors; a circular's: every department", async () => {
    const addressed = await insertNotice({ kind: "supervise", departmentId: await departmentId("区司法局") });
    const circular = await insertNotice({ kind: "circular", departmentId: null });
    const head = await actorFor("sfj_head");
    const answer = await storeUpload(head, { name: "反馈.pdf", bytes: PDF });
    const shared = await storeUpload(head, { name: "通报附件.txt", bytes: UTF8_TEXT });
    await link(head, [answer.id], { taskId: null, noticeId: addressed });
    await link(head, [shared.id], { taskId: null, noticeId: circular });
    expect(await opens("sfj_officer", answer.id)).toBe(answer.id);
    expect(await opens("supervisor", answer.id)).toBe(answer.id);
    await refusal(opens("scj_officer", answer.id), "NOT_FOUND");
    expect(await opens("scj_officer", shared.id)).toBe(shared.id);
  });

  it("is NOT_FOUND for an unknown or malformed id", async () => {
    await refusal(opens("supervisor", "00000000-0000-4000-8000-000000000000"), "NOT_FOUND");
    await refusal(opens("supervisor", "../../etc/passwd"), "NOT_FOUND");
  });
});
