import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { executeRows } from "@/db/execute-rows";
import { attachments, auditEvents, taskDepartments, tasks } from "@/db/schema";
import { evidenceKey, lockEvidenceFile } from "@/lib/services/attachments/evidence-files";
import { linkAttachments } from "@/lib/services/attachments/link-attachments";
import { ABANDONED_UPLOAD_DAYS, purgeAbandonedUploads } from "@/lib/services/attachments/purge-abandoned-uploads";
import { storeUpload } from "@/lib/services/attachments/store-upload";
import { inTransaction } from "@/lib/services/transaction";
import { getFileStore } from "@/lib/storage";
import { actorFor, departmentId, seedDemoData } from "../support/fixtures";
import { withUploadDir } from "../support/upload-dir";

// The daily job's sweep of uploads never linked to anything (a form closed unsent): rows
// older than ABANDONED_UPLOAD_DAYS go, audited, and their files unless another row names them.
// Times are fixed instants: the uploads' ages are set on their rows, the sweep is given "now".
const NOW = new Date("2026-09-15T02:00:00Z");
const DAY_MS = 86_400_000;

beforeAll(seedDemoData);
withUploadDir("dudao-purge-");

/** A text file of its own content (so of its own hash), uploaded by 区司法局's officer, `ageDays` before NOW. */
async function uploadAged(text: string, ageDays: number): Promise<{ id: string; sha256: string }> {
  const stored = await storeUpload(await actorFor("sfj_officer"), { name: `${text}.txt`, bytes: new TextEncoder().encode(`佐证材料：${text}\n`) });
  const db = await getDb();
  const [row] = await db
    .update(attachments)
    .set({ createdAt: new Date(NOW.getTime() - ageDays * DAY_MS) })
    .where(eq(attachments.id, stored.id))
    .returning({ id: attachments.id, sha256: attachments.sha256 });
  return row!;
}

const fileThere = async (sha256: string) => (await getFileStore()).exists(evidenceKey(sha256));

async function publishedTask(title: string): Promise<string> {
  const db = await getDb();
  const [task] = await db.insert(tasks).values({ title, status: "in_progress", dueDate: "2026-12-31" }).returning({ id: tasks.id });
  await db.insert(taskDepartments).values({ taskId: task!.id, departmentId: await departmentId("区司法局"), role: "lead" });
  return task!.id;
}

describe("the purge of abandoned uploads", () => {
  it("removes unlinked uploads older than the limit with their files, audited; keeps recent and linked ones", async () => {
    const db = await getDb();
    const abandoned = await uploadAged("八天前上传未提交", ABANDONED_UPLOAD_DAYS + 1);
    const recent = await uploadAged("六天前上传未提交", ABANDONED_UPLOAD_DAYS - 1);
    const linked = await uploadAged("八天前上传已提交", ABANDONED_UPLOAD_DAYS + 1);
    const task = await publishedTask("清理测试任务");
    const officer = await actorFor("sfj_officer");
    await inTransaction((tx) => linkAttachments(tx, officer, [linked.id], { taskId: task }));

    expect(await purgeAbandonedUploads(NOW)).toEqual({ uploads: 1, files: 1 });
    const left = await db.select({ id: attachments.id }).from(attachments).where(inArray(attachments.id, [abandoned.id, recent.id, linked.id]));
    expect(left.map((r) => r.id).sort()).toEqual([recent.id, linked.id].sort());
    expect(await fileThere(abandoned.sha256)).toBe(false);
    expect(await fileThere(recent.sha256)).toBe(true);
    expect(await fileThere(linked.sha256)).toBe(true);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, "attachment.purge"));
    expect(event).toMatchObject({ actorId: null, entityType: "attachment" });
    expect(event!.data).toEqual({ attachmentIds: [abandoned.id], olderThan: new Date(NOW.getTime() - ABANDONED_UPLOAD_DAYS * DAY_MS).toISOString() });

    // A second run finds nothing more.
    expect(await purgeAbandonedUploads(NOW)).toEqual({ uploads: 0, files: 0 });
  });

  it("keeps a file another row still names, and an upload of purged content stores the file again", async () => {
    const db = await getDb();
    const old = await uploadAged("同一份材料", ABANDONED_UPLOAD_DAYS + 3);
    // The same content uploaded again today (another form): one file, two rows.
    const again = await uploadAged("同一份材料", 0);
    expect(again.sha256).toBe(old.sha256);
    expect(await purgeAbandonedUploads(NOW)).toEqual({ uploads: 1, files: 0 });
    expect(await fileThere(old.sha256)).toBe(true);

    // Both abandoned now: the row and the file go.
    await db.update(attachments).set({ createdAt: new Date(NOW.getTime() - (ABANDONED_UPLOAD_DAYS + 1) * DAY_MS) }).where(eq(attachments.id, again.id));
    expect(await purgeAbandonedUploads(NOW)).toEqual({ uploads: 1, files: 1 });
    expect(await fileThere(old.sha256)).toBe(false);

    // The same content once more: its row names a file that is there again.
    const third = await uploadAged("同一份材料", 0);
    expect(third.sha256).toBe(old.sha256);
    expect(await fileThere(third.sha256)).toBe(true);
  });

  it("sweeps more than one batch", async () => {
    const db = await getDb();
    const officer = await actorFor("sfj_officer");
    const [first] = await db.select({ sha256: attachments.sha256 }).from(attachments).limit(1);
    // Rows straight into the table (600 uploads through the service would only repeat the same work): one shared file, kept by the linked row.
    await db.execute(sql`insert into attachments (sha256, size, mime_type, original_name, uploaded_by, created_at)
      select ${first!.sha256}, 1, 'text/plain', '批量' || n || '.txt', ${officer.id}, ${new Date(NOW.getTime() - 30 * DAY_MS).toISOString()}::timestamptz
      from generate_series(1, 600) n`);
    expect(await purgeAbandonedUploads(NOW)).toEqual({ uploads: 600, files: 0 });
    const events = await db.select({ data: auditEvents.data }).from(auditEvents).where(eq(auditEvents.action, "attachment.purge")).orderBy(auditEvents.id);
    expect(events.map((e) => (e.data as { attachmentIds: string[] }).attachmentIds.length).slice(-2)).toEqual([500, 100]);
  });

  // PGlite has one connection: an upload cannot run while the purge holds the lock.
  it.skipIf(!process.env.TEST_DATABASE_URL)("on PostgreSQL: an upload that waits while the purge deletes its content's file writes the file again", async () => {
    const db = await getDb();
    const bytes = new TextEncoder().encode("佐证材料：清理时再次上传\n");
    const officer = await actorFor("sfj_officer");
    // The file is there and no row names it: what the purge is about to delete.
    const first = await storeUpload(officer, { name: "再次上传.txt", bytes });
    const [{ sha256 } = { sha256: "" }] = await db.delete(attachments).where(eq(attachments.id, first.id)).returning({ sha256: attachments.sha256 });
    expect(await fileThere(sha256)).toBe(true);

    let upload: Promise<unknown> = Promise.resolve();
    await db.transaction(async (purge) => {
      await lockEvidenceFile(purge, sha256, "alone");
      // The upload writes nothing (the file is there), then waits for the lock before its row.
      upload = storeUpload(officer, { name: "再次上传.txt", bytes });
      for (let tries = 0; ; tries++) {
        const [row] = await executeRows<{ n: number }>(db, sql`select count(*)::integer as n from pg_locks where locktype = 'advisory' and not granted`);
        if (Number(row!.n) > 0) break;
        if (tries > 500) throw new Error("the upload never waited for the purge's lock");
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await (await getFileStore()).delete(evidenceKey(sha256));
    });
    await upload;
    expect(await fileThere(sha256)).toBe(true);
    const [row] = await db.select({ sha256: attachments.sha256 }).from(attachments).where(eq(attachments.sha256, sha256));
    expect(row).toEqual({ sha256 });
  });
});
