import { asc, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { listNotices } from "@/db/queries/notices/list-notices";
import { auditEvents, notices, notifications, numberCounters, users } from "@/db/schema";
import { writeInstruction } from "@/lib/services/instructions/write-instruction";
import { closeNotice, draftNoticeResponse, respondToNotice, sendBackNotice, signNotice } from "@/lib/services/notices/act-on-notice";
import { issueNotice } from "@/lib/services/notices/issue-notice";
import { loadNoticeForActor } from "@/db/queries/notices/load-notice";
import { ZInstructionSchema, ZNoticeIssueSchema } from "@/lib/validation/notices";
import { actorFor, departmentId, refusal, seedDemoData } from "../support/fixtures";
import { makeNotice } from "../support/notice-fixtures";
import { makeTask } from "../support/task-fixtures";

let taskId: string;

beforeAll(async () => {
  await seedDemoData();
  taskId = (await makeTask("in_progress")).id;
});

async function inboxKinds(account: string) {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.account, account));
  return (await db.select().from(notifications).where(eq(notifications.userId, user!.id))).map((n) => n.kind);
}

describe("issuing notices", () => {
  it("numbers 20 notices issued at once 1 to 20, with no gap and no repeat", async () => {
    const issued = await Promise.all(Array.from({ length: 20 }, () => makeNotice([taskId])));
    const seqs = issued.map((n) => n.seq!).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(issued.map((n) => n.number)).size).toBe(20);
    expect(issued[0]!.number).toMatch(/^梁法督〔\d{4}〕\d+号$/);
  });

  it("gives a refused notice's number back (the counter does not move)", async () => {
    const db = await getDb();
    const [before] = await db.select().from(numberCounters);
    const other = await makeTask("in_progress", { title: "他单位任务", leadDepartmentId: await departmentId("区审计局"), cooperatingDepartmentIds: [] }).catch(() => null);
    await refusal(makeNotice([other?.id ?? "00000000-0000-4000-8000-000000000000"]), "VALIDATION");
    const [after] = await db.select().from(numberCounters);
    expect(after!.lastValue).toBe(before!.lastValue);
  });

  it("tells the recipient department and checks the tasks involve it", async () => {
    expect(await inboxKinds("sfj_head")).toContain("notice.received");
    const error = await refusal(
      issueNotice(
        await actorFor("supervisor"),
        ZNoticeIssueSchema.parse({ kind: "urge", departmentId: await departmentId("区市场监督管理局"), taskIds: [taskId], content: "x", responseDueDate: "2099-01-01" }),
      ),
      "VALIDATION",
    );
    expect(error.fieldErrors).toEqual({ taskIds: ["taskNotOfDepartment"] });
    for (const account of ["leader", "sfj_head", "sfj_officer"]) {
      const input = ZNoticeIssueSchema.parse({ kind: "urge", departmentId: await departmentId("区司法局"), taskIds: [taskId], content: "x", responseDueDate: "2099-01-01" });
      await refusal(issueNotice(await actorFor(account), input), "FORBIDDEN");
    }
  });

  it("requires a recipient and a response date except for a circular", () => {
    const base = { taskIds: ["7d1f5f8e-4a57-4c3e-9a0b-1f2d3c4b5a69"], content: "x" };
    expect(ZNoticeIssueSchema.safeParse({ ...base, kind: "urge", responseDueDate: "2099-01-01" }).error?.issues[0]?.message).toBe("recipientRequired");
    expect(ZNoticeIssueSchema.safeParse({ ...base, kind: "urge", departmentId: base.taskIds[0] }).error?.issues[0]?.message).toBe("responseDueRequired");
    expect(ZNoticeIssueSchema.safeParse({ ...base, kind: "circular" }).success).toBe(true);
  });
});

describe("the notice lifecycle", () => {
  it("is signed and answered by the department, sent back, answered again and closed", async () => {
    const notice = await makeNotice([taskId]);
    const head = await actorFor("sfj_head");
    const officer = await actorFor("sfj_officer");
    const supervisor = await actorFor("supervisor");
    await refusal(signNotice(officer, { id: notice.id, version: notice.version }), "FORBIDDEN");
    const signed = await signNotice(head, { id: notice.id, version: notice.version });
    expect(signed).toMatchObject({ status: "signed", signedBy: head.id });
    const drafted = await draftNoticeResponse(officer, { id: notice.id, version: signed.version, content: "初稿：已完成整改" });
    expect(drafted).toMatchObject({ status: "signed", draftResponse: "初稿：已完成整改" });
    await refusal(respondToNotice(officer, { id: notice.id, version: drafted.version, content: "x", attachmentIds: [] }), "FORBIDDEN");
    const responded = await respondToNotice(head, { id: notice.id, version: drafted.version, content: "已完成整改", attachmentIds: [] });
    expect(responded.status).toBe("responded");
    await refusal(closeNotice(head, { id: notice.id, version: responded.version }), "FORBIDDEN");
    const back = await sendBackNotice(supervisor, { id: notice.id, version: responded.version, reason: "请补充佐证材料" });
    expect(back).toMatchObject({ status: "signed", respondedAt: null });
    const again = await respondToNotice(head, { id: notice.id, version: back.version, content: "已补充材料", attachmentIds: [] });
    const closed = await closeNotice(supervisor, { id: notice.id, version: again.version });
    expect(closed.status).toBe("closed");
    await refusal(closeNotice(supervisor, { id: notice.id, version: again.version }), "CONFLICT");
    const db = await getDb();
    const events = await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, notice.id)).orderBy(asc(auditEvents.id));
    expect(events.map((e) => e.action)).toEqual(["notice.issue", "notice.sign", "notice.draft_response", "notice.respond", "notice.send_back", "notice.respond", "notice.close"]);
  });

  it("refuses a stale version and writes nothing", async () => {
    const notice = await makeNotice([taskId]);
    const head = await actorFor("sfj_head");
    await signNotice(head, { id: notice.id, version: notice.version });
    const db = await getDb();
    const [before] = await db.select({ n: count() }).from(auditEvents);
    await refusal(signNotice(head, { id: notice.id, version: notice.version }), "CONFLICT");
    const [after] = await db.select({ n: count() }).from(auditEvents);
    expect(after!.n).toBe(before!.n);
  });
});

describe("who sees which notice", () => {
  it("shows a department its own notices and circulars, never drafts or other departments' notices", async () => {
    const supervisor = await actorFor("supervisor");
    const scjTask = await makeTask("in_progress", { title: "市场监管任务", leadDepartmentId: await departmentId("区市场监督管理局"), cooperatingDepartmentIds: [] });
    const toScj = await makeNotice([scjTask.id], { departmentId: await departmentId("区市场监督管理局"), kind: "reminder" });
    const circular = await issueNotice(supervisor, ZNoticeIssueSchema.parse({ kind: "circular", taskIds: [scjTask.id], content: "通报全区" }));
    const db = await getDb();
    const [draft] = await db.insert(notices).values({ kind: "urge", status: "draft", departmentId: await departmentId("区司法局"), content: "草稿" }).returning();

    const sfj = await actorFor("sfj_officer");
    await refusal(loadNoticeForActor(db, sfj, toScj.id), "NOT_FOUND");
    await refusal(loadNoticeForActor(db, sfj, draft!.id), "NOT_FOUND");
    await loadNoticeForActor(db, sfj, circular.id);
    const context = { today: "2099-01-01", timeZone: "Asia/Shanghai" };
    const seen = (await listNotices(sfj, {}, context)).items.map((n) => n.id);
    expect(seen).toContain(circular.id);
    expect(seen).not.toContain(toScj.id);
    expect(seen).not.toContain(draft!.id);
    const scjSeen = (await listNotices(await actorFor("scj_officer"), {}, context)).items.map((n) => n.id);
    expect(scjSeen).toEqual(expect.arrayContaining([toScj.id, circular.id]));
    expect((await listNotices(supervisor, { status: "draft" }, context)).items.map((n) => n.id)).toContain(draft!.id);
    expect(await inboxKinds("scj_officer")).toContain("notice.received");
  });

  it("flags late answers", async () => {
    const notice = await makeNotice([taskId], { responseDueDate: "2030-01-10" });
    const rows = (await listNotices(await actorFor("supervisor"), {}, { today: "2030-01-11", timeZone: "Asia/Shanghai" })).items;
    expect(rows.find((n) => n.id === notice.id)?.late).toBe(true);
    const onTime = (await listNotices(await actorFor("supervisor"), {}, { today: "2030-01-10", timeZone: "Asia/Shanghai" })).items;
    expect(onTime.find((n) => n.id === notice.id)?.late).toBe(false);
  });
});

describe("leader instructions", () => {
  it("are written by leaders only and reach the departments", async () => {
    const leader = await actorFor("leader");
    await writeInstruction(leader, ZInstructionSchema.parse({ taskId, content: "请加快进度，月底前完成。" }));
    expect(await inboxKinds("sfj_officer")).toContain("instruction");
    await refusal(writeInstruction(await actorFor("supervisor"), ZInstructionSchema.parse({ taskId, content: "x" })), "FORBIDDEN");
    const notice = await makeNotice([taskId]);
    await writeInstruction(leader, ZInstructionSchema.parse({ noticeId: notice.id, content: "督办到位" }));
    expect(ZInstructionSchema.safeParse({ content: "x" }).success).toBe(false);
  });
});
