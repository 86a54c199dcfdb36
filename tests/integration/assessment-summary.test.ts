import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { assessDepartment, assessDepartments } from "@/db/queries/assessment";
import { noticeCounts } from "@/db/queries/assessment-notices";
import { assessmentScores } from "@/db/queries/assessment-scores";
import { assessmentNoticeDifferences, assessmentSummaryDifferences } from "@/db/summary/assessment-summary";
import { noticeTasks, notices, taskDepartments, tasks } from "@/db/schema";
import { atInstant } from "@/lib/clock";
import { closeNotice, respondToNotice, sendBackNotice, signNotice } from "@/lib/services/notices/act-on-notice";
import { draftNotice } from "@/lib/services/notices/draft-notice";
import { sendDraftNotice } from "@/lib/services/notices/send-draft-notice";
import { inTransaction } from "@/lib/services/transaction";
import { DEFAULT_ASSESSMENT_RULES, ZAssessmentRulesSchema, type TAssessmentRules } from "@/lib/domain/assessment";
import type { TTaskStatus } from "@/lib/domain/codes";
import { warningContext } from "@/lib/warning-context";
import { actorFor, departmentId, seedDemoData } from "../support/fixtures";
import { makeNotice } from "../support/notice-fixtures";
import { scannedNoticeCounts } from "../support/scanned-notice-counts";
import { makeTask } from "../support/task-fixtures";

// 考核's scores from the kept counts (ADR 021) against the item-by-item assessment they
// replace on the page: the same scores, totals, ranks and 无考核任务 on the same data, for
// every rule set and scope, and still after writes that move a task between outcomes.
const TODAY = "2030-06-15";
const noon = (day: string) => new Date(`${day}T04:00:00Z`);
const context = (today = TODAY) => ({ ...warningContext(), today, timeZone: "Asia/Shanghai" });

async function place(title: string, status: TTaskStatus, due: string, options: { completed?: string; original?: string; lead?: string; cooperating?: string[] } = {}) {
  const lead = await departmentId(options.lead ?? "区司法局");
  const cooperating = await Promise.all((options.cooperating ?? []).map(departmentId));
  const task = await makeTask(status, { title, leadDepartmentId: lead, cooperatingDepartmentIds: cooperating });
  await (await getDb())
    .update(tasks)
    .set({ dueDate: due, originalDueDate: options.original ?? due, completedAt: options.completed ? noon(options.completed) : null })
    .where(eq(tasks.id, task.id));
  return task.id;
}

async function expectSameAsItems(account: string, rules: TAssessmentRules, year = 2030, today = TODAY) {
  const actor = await actorFor(account);
  // The scores first: they roll the kept counts to `today` (the check below compares as of that day).
  const scores = await assessmentScores(actor, year, context(today), rules);
  const full = await assessDepartments(actor, year, today, "Asia/Shanghai", rules);
  expect(scores).toEqual(full.map(({ items, byIndicator: _, ...rest }) => ({ ...rest, itemCount: items.length })));
  expect(await assessmentSummaryDifferences(await getDb())).toEqual([]);
  expect(await assessmentNoticeDifferences(await getDb())).toEqual([]);
  expect(await noticeCounts(year, null)).toEqual(await scannedNoticeCounts(year, today, "Asia/Shanghai"));
  return scores;
}

const ids: Record<string, string> = {};
beforeAll(async () => {
  await seedDemoData();
  const db = await getDb();
  await place("A1 按期办结", "completed", "2030-03-31", { completed: "2030-03-20" });
  await place("A2 逾期办结", "completed", "2030-04-30", { completed: "2030-05-05" });
  ids.a3 = await place("A3 逾期未办结", "in_progress", "2030-05-31");
  ids.a4 = await place("A4 尚未到期", "in_progress", "2030-07-31");
  ids.a5 = await place("A5 延期后未到期", "in_progress", "2030-06-30", { original: "2030-04-15" });
  await place("A6 上一年度", "in_progress", "2029-12-31");
  for (let i = 0; i < 25; i++) await place(`C${i} 按期`, "completed", "2030-02-28", { completed: "2030-02-01" });
  await place("B1 市场监管牵头", "in_progress", "2030-05-01", { lead: "区市场监督管理局", cooperating: ["区司法局"] });
  const circular = await makeNotice([ids.a3], { kind: "circular", departmentId: null, responseDueDate: null, title: "通报" });
  await db.update(notices).set({ issuedAt: noon("2030-06-01") }).where(eq(notices.id, circular.id));
  await makeNotice([ids.a3], { kind: "urge", responseDueDate: "2030-06-10", title: "未按时反馈" });
  const answered = await makeNotice([ids.a3], { kind: "reminder", responseDueDate: "2030-06-12", title: "按时反馈" });
  await db.update(notices).set({ status: "responded", respondedAt: noon("2030-06-11") }).where(eq(notices.id, answered.id));
  const late = await makeNotice([ids.a3], { kind: "urge", responseDueDate: "2030-06-05", title: "迟到反馈" });
  await db.update(notices).set({ status: "responded", respondedAt: noon("2030-06-08") }).where(eq(notices.id, late.id));
});

describe("assessment scores from the kept counts", () => {
  it("equal the item-by-item scores for every scope and rule set", async () => {
    const scores = await expectSameAsItems("leader", DEFAULT_ASSESSMENT_RULES);
    expect(scores.find((r) => r.departmentName === "区司法局")!.rank).not.toBeNull();
    await expectSameAsItems("supervisor", ZAssessmentRulesSchema.parse({ judgeAgainst: "current" }));
    // The on-time bonus reaching its cap, and points that do not add up exactly in binary.
    await expectSameAsItems("leader", ZAssessmentRulesSchema.parse({ onTimeCompletion: 0.7, onTimeCompletionCap: 3, leadOverdue: -0.3, cooperatingOverdue: -1.15 }));
    await expectSameAsItems("sfj_officer", DEFAULT_ASSESSMENT_RULES);
    await expectSameAsItems("leader", DEFAULT_ASSESSMENT_RULES, 2029);
  });

  it("follow the writes: a completion, an extension, a department change, a delete", async () => {
    const db = await getDb();
    await db.update(tasks).set({ status: "completed", completedAt: noon("2030-06-10") }).where(eq(tasks.id, ids.a3!));
    await expectSameAsItems("leader", DEFAULT_ASSESSMENT_RULES);
    await db.update(tasks).set({ dueDate: "2031-01-31" }).where(eq(tasks.id, ids.a4!));
    await expectSameAsItems("leader", ZAssessmentRulesSchema.parse({ judgeAgainst: "current" }));
    await db.update(taskDepartments).set({ departmentId: await departmentId("区财政局") }).where(eq(taskDepartments.taskId, ids.a4!));
    await expectSameAsItems("leader", DEFAULT_ASSESSMENT_RULES);
    await db.delete(tasks).where(eq(tasks.id, ids.a4!));
    await expectSameAsItems("leader", DEFAULT_ASSESSMENT_RULES);
  });

  it("load one department's items on demand, the same as in the full assessment", async () => {
    const leader = await actorFor("leader");
    const full = await assessDepartments(leader, 2030, TODAY, "Asia/Shanghai", DEFAULT_ASSESSMENT_RULES);
    const sfj = full.find((r) => r.departmentName === "区司法局")!;
    const { rank: _, ...expected } = sfj;
    expect(await assessDepartment(leader, 2030, sfj.departmentId, TODAY, "Asia/Shanghai", DEFAULT_ASSESSMENT_RULES)).toEqual(expected);
    // A department user may open only their own department.
    const other = full.find((r) => r.departmentName === "区市场监督管理局")!;
    expect(await assessDepartment(await actorFor("sfj_officer"), 2030, other.departmentId, TODAY, "Asia/Shanghai", DEFAULT_ASSESSMENT_RULES)).toBeNull();
  });

  it("follow the notice writes: issue, answers on time and late, a send-back, the deadline passing, a lead change, deletes", async () => {
    const db = await getDb();
    const supervisor = await actorFor("supervisor");
    const head = await actorFor("sfj_head");
    const sfj = await departmentId("区司法局");
    // Counts of 区司法局's notice items, once the kept scores are checked equal to the items (and the kept counts to a recount).
    const totals = async (today = TODAY) => {
      await expectSameAsItems("leader", DEFAULT_ASSESSMENT_RULES, 2030, today);
      const full = await assessDepartments(await actorFor("leader"), 2030, today, "Asia/Shanghai", DEFAULT_ASSESSMENT_RULES);
      const items = full.find((r) => r.departmentId === sfj)?.items ?? [];
      return { circular: items.filter((i) => i.rule === "circular").length, late: items.filter((i) => i.rule === "lateNoticeResponse").length };
    };
    const before = await totals();

    // Issued through the service, answered on time: not late.
    const onTime = await atInstant(noon("2030-06-01"), () => makeNotice([ids.a5!], { kind: "urge", responseDueDate: "2030-06-10", title: "服务按时" }));
    const signed = await atInstant(noon("2030-06-02"), () => signNotice(head, { id: onTime.id, version: onTime.version }));
    const answered = await atInstant(noon("2030-06-10"), () => respondToNotice(head, { id: onTime.id, version: signed.version, content: "已整改。", attachmentIds: [] }));
    expect(await totals()).toEqual(before);
    // Sent back: unanswered again, past its deadline as of today — late; answered again after the deadline, still late; closed, still late.
    const back = await atInstant(noon("2030-06-12"), () => sendBackNotice(supervisor, { id: onTime.id, version: answered.version, reason: "材料不全" }));
    expect(await totals()).toEqual({ ...before, late: before.late + 1 });
    const again = await atInstant(noon("2030-06-13"), () => respondToNotice(head, { id: onTime.id, version: back.version, content: "已补充。", attachmentIds: [] }));
    await atInstant(noon("2030-06-14"), () => closeNotice(supervisor, { id: onTime.id, version: again.version }));
    expect(await totals()).toEqual({ ...before, late: before.late + 1 });

    // Due tomorrow, unanswered: pending today, late once the day rolls past it (and back when the day goes back).
    await atInstant(noon("2030-06-14"), () => makeNotice([ids.a5!], { kind: "supervise", responseDueDate: "2030-06-16", title: "明日到期" }));
    expect(await totals()).toEqual({ ...before, late: before.late + 1 });
    expect(await totals("2030-06-17")).toEqual({ ...before, late: before.late + 2 });
    expect(await totals()).toEqual({ ...before, late: before.late + 1 });

    // A circular drafted (not counted), then sent; naming two tasks the department leads, it counts once.
    const draft = await inTransaction((tx) =>
      draftNotice(tx, { kind: "circular", departmentId: null, taskIds: [ids.a5!, ids.a3!], title: "草稿通报", content: "通报。", responseDueDate: null }, supervisor.id),
    );
    expect(await totals()).toEqual({ ...before, late: before.late + 1 });
    await atInstant(noon("2030-06-14"), () => sendDraftNotice(supervisor, { id: draft.id, version: draft.version, content: "通报。", responseDueDate: null }));
    expect(await totals()).toEqual({ circular: before.circular + 1, late: before.late + 1 });
    // One of its tasks led by another department: still counted for 区司法局 (the other task), now for the other too.
    const other = await departmentId("区财政局");
    await db.update(taskDepartments).set({ departmentId: other }).where(and(eq(taskDepartments.taskId, ids.a5!), eq(taskDepartments.role, "lead")));
    expect(await totals()).toEqual({ circular: before.circular + 1, late: before.late + 1 });
    // Its other task dropped from it: no longer 区司法局's.
    await db.delete(noticeTasks).where(and(eq(noticeTasks.noticeId, draft.id), eq(noticeTasks.taskId, ids.a3!)));
    expect(await totals()).toEqual({ ...before, late: before.late + 1 });
    // The lead back, then its issue moved into the next year; then the task deleted, then the notices.
    await db.update(taskDepartments).set({ departmentId: sfj }).where(and(eq(taskDepartments.taskId, ids.a5!), eq(taskDepartments.role, "lead")));
    expect(await totals()).toEqual({ circular: before.circular + 1, late: before.late + 1 });
    await db.update(notices).set({ issuedAt: new Date("2030-12-31T17:00:00Z") }).where(eq(notices.id, draft.id));
    expect(await totals()).toEqual({ ...before, late: before.late + 1 });
    await expectSameAsItems("leader", DEFAULT_ASSESSMENT_RULES, 2031);
    await db.update(notices).set({ issuedAt: noon("2030-06-14") }).where(eq(notices.id, draft.id));
    expect(await totals()).toEqual({ circular: before.circular + 1, late: before.late + 1 });
    await db.delete(tasks).where(eq(tasks.id, ids.a5!));
    expect((await totals()).circular).toBe(before.circular);
    await db.delete(notices).where(eq(notices.id, onTime.id));
    await db.delete(notices).where(eq(notices.id, draft.id));
    await expectSameAsItems("leader", DEFAULT_ASSESSMENT_RULES);
  });
});
