import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { listAuditEvents } from "@/db/queries/audit-events";
import { departmentRanking } from "@/db/queries/cockpit/department-ranking";
import { noticeSummary } from "@/db/queries/cockpit/notice-summary";
import { cockpitOverview } from "@/db/queries/cockpit/overview";
import { sectionCompletion } from "@/db/queries/cockpit/section-completion";
import { weeklyTrend } from "@/db/queries/cockpit/weekly-trend";
import { listNotices } from "@/db/queries/notices/list-notices";
import { listTasks } from "@/db/queries/tasks/list-tasks";
import { countPendingRegistrations, listUsers } from "@/db/queries/users";
import { goals, notices, tasks, users } from "@/db/schema";
import type { TTaskStatus } from "@/lib/domain/codes";
import type { TWarningContext } from "@/lib/domain/warning";
import { createUser } from "@/lib/services/users/create-user";
import { ZUserCreateSchema } from "@/lib/validation/users";
import { actorFor, departmentId, refusal, seedDemoData } from "../support/fixtures";
import { makeNotice } from "../support/notice-fixtures";
import { makeTask } from "../support/task-fixtures";

// The cockpit is read as a leader (every department); a department user is refused.
const leader = { roles: ["leader"] } as const;
const context: TWarningContext = { today: "2030-05-15", timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } };
// Noon in Shanghai on a day.
const at = (day: string) => new Date(`${day}T04:00:00Z`);

async function place(title: string, lead: string, status: TTaskStatus, due: string, completed?: string, sectionCode?: string) {
  const task = await makeTask(status, { title, leadDepartmentId: await departmentId(lead), cooperatingDepartmentIds: [] });
  const db = await getDb();
  let goalId: string | null = null;
  if (sectionCode) {
    const [section] = await db.select().from(goals).where(eq(goals.code, sectionCode));
    goalId = section!.id;
  }
  await db
    .update(tasks)
    .set({ dueDate: due, publishedAt: at("2030-05-01"), completedAt: completed ? at(completed) : null, goalId })
    .where(eq(tasks.id, task.id));
  return task.id;
}

let sfjNoticeLate: string;

beforeAll(async () => {
  await seedDemoData();
  // 区市场监督管理局 needs a head to walk its tasks to "completed".
  await createUser(await actorFor("admin"), ZUserCreateSchema.parse({ account: "scj_head", name: "市场监管负责人", roles: ["dept_head"], departmentId: await departmentId("区市场监督管理局"), password: "Head#2026" }));
  const t3 = await place("T3 逾期十天", "区司法局", "in_progress", "2030-05-05", undefined, "二、");
  await place("T1 按期办结", "区司法局", "completed", "2030-05-10", "2030-05-08", "一、");
  await place("T2 逾期办结", "区司法局", "completed", "2030-05-01", "2030-05-05", "一、");
  await place("T4 五天后到期", "区司法局", "in_progress", "2030-05-20");
  await place("T5 待签收逾期", "区司法局", "assigned", "2030-05-13");
  await place("T6 撤销", "区司法局", "cancelled", "2030-05-01");
  await place("S1 正常", "区市场监督管理局", "in_progress", "2030-06-30");
  await place("S2 按期办结", "区市场监督管理局", "completed", "2030-05-01", "2030-04-30");
  // Two notices to 区司法局: one answered late.
  await makeNotice([t3], { responseDueDate: "2030-05-20" });
  const late = await makeNotice([t3], { kind: "reminder", responseDueDate: "2030-05-10" });
  sfjNoticeLate = late.id;
  const db = await getDb();
  await db.update(notices).set({ status: "responded", respondedAt: at("2030-05-12") }).where(eq(notices.id, late.id));
});

describe("cockpit aggregations, against hand-computed figures", () => {
  it("counts totals and warnings", async () => {
    expect(await cockpitOverview(leader, context)).toEqual({
      total: 8,
      assigned: 1,
      inProgress: 3,
      submitted: 0,
      completed: 3,
      cancelled: 1,
      red: 2,
      yellow: 1,
      green: 1,
      overdue: 2,
    });
  });

  it("ranks departments by on-time rate, with overdue count, notices and average days overdue", async () => {
    const ranking = await departmentRanking(leader, context);
    expect(ranking.map((r) => ({ ...r, departmentId: undefined }))).toEqual([
      { departmentId: undefined, departmentName: "区市场监督管理局", total: 2, completed: 1, completedOnTime: 1, overdue: 0, noticesReceived: 0, averageDaysOverdue: null, onTimeRate: 100 },
      { departmentId: undefined, departmentName: "区司法局", total: 5, completed: 2, completedOnTime: 1, overdue: 2, noticesReceived: 2, averageDaysOverdue: 6, onTimeRate: 25 },
    ]);
  });

  it("matches the task list's own counts", async () => {
    const supervisor = await actorFor("supervisor");
    const overview = await cockpitOverview(leader, context);
    for (const warning of ["red", "yellow", "green"] as const) {
      const list = await listTasks(supervisor, { warning, status: ["assigned", "in_progress", "submitted", "completed", "cancelled"] }, context);
      expect(list.total.n, warning).toBe(overview[warning]);
    }
    const [sfj] = (await departmentRanking(leader, context)).filter((r) => r.departmentName === "区司法局");
    const sfjOverdue = await listTasks(supervisor, { departmentId: sfj!.departmentId, departmentRole: "lead", overdue: true }, context);
    expect(sfjOverdue.total.n).toBe(sfj!.overdue);
  });

  it("completes plan sections from the tasks below them", async () => {
    const sections = await sectionCompletion(leader, context);
    expect(sections.map((s) => [s.code, s.total, s.completed, s.overdue])).toEqual([
      ["一、", 2, 2, 0],
      ["二、", 1, 0, 1],
    ]);
  });

  it("draws the weekly trend", async () => {
    const trend = await weeklyTrend(leader, context, 3);
    expect(trend).toEqual([
      { weekStart: "2030-04-29", published: 7, completed: 2, overdueAtEnd: 0 },
      { weekStart: "2030-05-06", published: 0, completed: 1, overdueAtEnd: 1 },
      { weekStart: "2030-05-13", published: 0, completed: 0, overdueAtEnd: 2 },
    ]);
  });

  it("summarises notices with late answers, as the notice list flags them", async () => {
    const summary = await noticeSummary(leader, context);
    expect(summary.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: "reminder", issued: 0, signed: 0, responded: 1, closed: 0, late: 1 },
      { kind: "urge", issued: 1, signed: 0, responded: 0, closed: 0, late: 0 },
    ]);
    const listed = await listNotices(await actorFor("supervisor"), {}, context);
    expect(listed.items.filter((n) => n.late).map((n) => n.id)).toEqual([sfjNoticeLate]);
    const db = await getDb();
    expect(await db.$count(users, and(eq(users.account, "scj_head")))).toBe(1);
  });
});

describe("read queries scope themselves", () => {
  it("refuses the cockpit, the audit log and the user list to those without the permission", async () => {
    const officer = { roles: ["dept_officer"], departmentId: null } as const;
    for (const read of [
      () => cockpitOverview(officer, context),
      () => departmentRanking(officer, context),
      () => sectionCompletion(officer, context),
      () => weeklyTrend(officer, context),
      () => noticeSummary(officer, context),
      () => listAuditEvents(leader, {}, "Asia/Shanghai"),
      () => listUsers({ roles: ["supervisor"] }, {}),
      () => countPendingRegistrations(leader),
    ]) {
      await refusal(read(), "FORBIDDEN");
    }
  });
});
