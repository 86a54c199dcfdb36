import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, notices, noticeTasks, taskDepartments, tasks } from "@/db/schema";
import { seedDemo } from "@/lib/seed/seed-demo";
import { setClockForTests } from "@/lib/clock";
import { draftMonthlyCircular } from "@/lib/services/notices/draft-monthly-circular";
import { draftNotice } from "@/lib/services/notices/draft-notice";
import { sendDraftNotice } from "@/lib/services/notices/send-draft-notice";
import { inTransaction } from "@/lib/services/transaction";
import { tokenFor } from "../support/api-client";
import { call } from "../support/api-routes";
import { actorFor } from "../support/fixtures";

const NOW = new Date("2026-11-27T04:00:00Z");

beforeAll(async () => {
  setClockForTests(NOW);
  await seedDemo({ now: NOW });
});
afterAll(() => setClockForTests(null));

const noticeCount = async () => Number((await (await getDb()).select({ n: count() }).from(notices))[0]!.n);

describe("monthly circular (月度通报)", () => {
  it("drafts a circular of the month's tasks per department, which is then numbered and issued like any draft", async () => {
    const supervisor = await actorFor("supervisor");
    const { notice, circular } = await draftMonthlyCircular(supervisor, { month: "2026-11" });
    expect(notice).toMatchObject({ kind: "circular", status: "draft", departmentId: null, number: null, title: "关于2026年11月法治政府建设任务推进情况的通报" });
    const db = await getDb();
    const dueInNovember = await db.select({ id: tasks.id, status: tasks.status, dueDate: tasks.dueDate }).from(tasks);
    const expected = dueInNovember.filter((t) => t.dueDate && t.dueDate.startsWith("2026-11") && !["draft", "cancelled"].includes(t.status));
    expect(circular.totals.due).toBe(expected.length);
    expect(circular.totals.due).toBeGreaterThan(0);
    expect(circular.ranking.every((r) => r.due > 0)).toBe(true);
    expect(circular.totals.overdue).toBeGreaterThan(0);
    expect(notice.content).toMatch(/逾期\d+天/);
    const linked = await db.select().from(noticeTasks).where(eq(noticeTasks.noticeId, notice.id));
    expect(linked.map((l) => l.taskId).sort()).toEqual(expected.map((t) => t.id).sort());
    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, notice.id));
    expect(audit).toMatchObject({ action: "notice.draft", actorId: supervisor.id, data: expect.objectContaining({ kind: "circular", month: "2026-11" }) });

    // A circular asks for no answer: a date sent along is not kept, so the print shows no 反馈时限.
    const issued = await sendDraftNotice(supervisor, { id: notice.id, version: notice.version, content: notice.content, responseDueDate: "2026-12-10" });
    expect(issued).toMatchObject({ status: "issued", kind: "circular", responseDueDate: null });
    expect(issued.number).toMatch(/^梁法督〔2026〕\d+号$/);
  });

  it("sends any other drafted kind only with an answer date, changing nothing without one", async () => {
    const supervisor = await actorFor("supervisor");
    const db = await getDb();
    const [task] = await db
      .select({ id: tasks.id, departmentId: taskDepartments.departmentId })
      .from(tasks)
      .innerJoin(taskDepartments, and(eq(taskDepartments.taskId, tasks.id), eq(taskDepartments.role, "lead")))
      .where(eq(tasks.status, "in_progress"))
      .limit(1);
    const draft = await inTransaction((tx) =>
      draftNotice(tx, { kind: "urge", departmentId: task!.departmentId, taskIds: [task!.id], title: "催办", content: "请抓紧办理。", responseDueDate: null }, supervisor.id),
    );
    await expect(sendDraftNotice(supervisor, { id: draft.id, version: draft.version, content: draft.content, responseDueDate: null })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { responseDueDate: ["responseDueRequired"] },
    });
    const [unchanged] = await db.select().from(notices).where(eq(notices.id, draft.id));
    expect(unchanged).toMatchObject({ status: "draft", number: null, version: draft.version });
    const sent = await sendDraftNotice(supervisor, { id: draft.id, version: draft.version, content: draft.content, responseDueDate: "2026-12-10" });
    expect(sent).toMatchObject({ status: "issued", responseDueDate: "2026-12-10" });
  });

  it("refuses department users and leaders, a month not yet begun and a malformed one, changing nothing", async () => {
    const before = await noticeCount();
    for (const account of ["sfj_head", "leader"]) {
      await expect(draftMonthlyCircular(await actorFor(account), { month: "2026-11" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(draftMonthlyCircular(await actorFor("supervisor"), { month: "2026-12" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { month: ["monthNotBegun"] } });
    const supervisor = await tokenFor("supervisor");
    for (const month of ["2026-13", "2026-1", "", "2026-11-01"]) {
      expect((await call("draftMonthlyCircular", supervisor, { body: { month } })).status).toBe(422);
    }
    expect(await noticeCount()).toBe(before);
  });

  it("answers the API with the draft notice and the ranking", async () => {
    const { status, json } = await call("draftMonthlyCircular", await tokenFor("admin"), { body: { month: "2026-11" } });
    expect(status).toBe(201);
    expect(json.notice).toMatchObject({ kind: "circular", status: "draft" });
    expect(json.ranking.length).toBeGreaterThan(0);
    expect(json.ranking[0].onTimeRate).toBeGreaterThanOrEqual(json.ranking.at(-1).onTimeRate);
  });
});
