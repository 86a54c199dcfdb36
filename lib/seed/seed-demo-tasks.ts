import { tagDemoTasks } from "./seed-demo-indicator-tags";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { departments, goals, users } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { addDaysTo, todayIn } from "@/lib/domain/calendar";
import { getEnv } from "@/lib/env";
import { decideExtension } from "@/lib/services/tasks/decide-extension";
import { createTask } from "@/lib/services/tasks/create-task";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { requestExtension } from "@/lib/services/tasks/request-extension";
import { setTaskOwner } from "@/lib/services/tasks/set-owner";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { ZTaskCreateSchema } from "@/lib/validation/tasks";
import type { TNoticeKind } from "@/lib/domain/codes";
import { noticeTemplate } from "@/lib/domain/notice-templates";
import { closeNotice, respondToNotice, signNotice } from "@/lib/services/notices/act-on-notice";
import { issueNotice } from "@/lib/services/notices/issue-notice";
import { ZNoticeIssueSchema } from "@/lib/validation/notices";
import { DEMO_DEPARTMENTS } from "./demo-departments";
import { DEFAULT_LEAD, DEMO_TASK_PATTERN, leadDepartmentFor, type TDemoTaskSpec } from "./demo-task-plan";
import { clock } from "@/lib/clock";

type TPeople = { head: TActor; officer: TActor };

const actorOf = (u: typeof users.$inferSelect): TActor => ({
  id: u.id,
  account: u.account,
  name: u.name,
  roles: u.roles,
  departmentId: u.departmentId,
  sessionId: null,
  ip: null,
});

/**
 * The plan's work items: measures where an item has them, the item itself
 * otherwise, and the rectification problems, in document order.
 */
async function workItems(tx: Tx, planId: string) {
  const rows = await tx.select().from(goals).where(eq(goals.planId, planId)).orderBy(asc(goals.sortOrder));
  const byParent = new Map<string | null, typeof rows>();
  for (const row of rows) byParent.set(row.parentId, [...(byParent.get(row.parentId) ?? []), row]);
  const out: typeof rows = [];
  const walk = (parentId: string | null) => {
    for (const goal of byParent.get(parentId) ?? []) {
      const children = byParent.get(goal.id) ?? [];
      if (goal.kind === "measure" || goal.kind === "problem" || (goal.kind === "item" && children.length === 0)) out.push(goal);
      else walk(goal.id);
    }
  };
  walk(null);
  return out;
}

/**
 * About sixty tasks made from the demo plan, walked through the real services
 * (so their timelines, audit events and notifications are real) into every
 * status, with dates relative to today: some overdue, some due this week.
 */
export async function seedDemoTasks(tx: Tx, planId: string, passwordHash: string): Promise<number> {
  const today = todayIn(getEnv().APP_TIMEZONE, clock.now());
  const day = (offset: number) => addDaysTo(today, offset);
  const departmentRows = await tx.select().from(departments);
  const idOf = (name: string) => departmentRows.find((d) => d.name === name)!.id;
  const [supervisorRow] = await tx.select().from(users).where(eq(users.account, "supervisor"));
  const supervisor = actorOf(supervisorRow!);
  const items = await workItems(tx, planId);
  const leads = items.map((goal) => leadDepartmentFor(`${goal.title}${goal.body}`));
  const people = await ensureDepartmentPeople(tx, [...new Set(leads)], passwordHash);

  let created = 0;
  const overdue: { id: string; lead: string; title: string; dueDate: string | null }[] = [];
  const texts: { id: string; text: string }[] = [];
  for (const [index, goal] of items.slice(0, 60).entries()) {
    const spec = DEMO_TASK_PATTERN[index % DEMO_TASK_PATTERN.length]!;
    const lead = leads[index]!;
    const cooperating = lead === DEFAULT_LEAD ? (index % 4 === 0 ? ["区财政局"] : []) : index % 3 === 0 ? [DEFAULT_LEAD] : [];
    let task = await createTask(
      supervisor,
      ZTaskCreateSchema.parse({
        title: goal.title.slice(0, 200),
        description: goal.body.slice(0, 10_000),
        goalId: goal.id,
        leadDepartmentId: idOf(lead),
        cooperatingDepartmentIds: cooperating.map(idOf),
        startDate: spec.start === undefined ? null : day(spec.start),
        dueDate: day(spec.due),
        priority: spec.due < 0 ? "high" : "normal",
        milestones: spec.due > 20 ? [{ title: "完成阶段性工作", dueDate: day(Math.floor(spec.due / 2)) }] : [],
      }),
    );
    texts.push({ id: task.id, text: `${goal.title}${goal.body}` });
    task = await walk(task, spec, { supervisor, ...people.get(lead)!, today });
    if (task.status === "in_progress" && spec.due < 0) overdue.push({ id: task.id, lead, title: task.title, dueDate: task.dueDate });
    created++;
  }
  await seedDemoNotices(overdue, { supervisor, people, idOf, today: day(0) });
  await tagDemoTasks(tx, texts);
  return created;
}

/** A few notices along the ladder on overdue tasks, in several states, and one circular. */
async function seedDemoNotices(
  overdue: { id: string; lead: string; title: string; dueDate: string | null }[],
  who: { supervisor: TActor; people: Map<string, TPeople>; idOf: (name: string) => string; today: string },
) {
  const steps: { kind: TNoticeKind; until: "issued" | "signed" | "responded" | "closed" }[] = [
    { kind: "reminder", until: "closed" },
    { kind: "urge", until: "responded" },
    { kind: "urge", until: "signed" },
    { kind: "supervise", until: "issued" },
  ];
  for (const [index, step] of steps.entries()) {
    const task = overdue[index];
    if (!task) break;
    const head = who.people.get(task.lead)!.head;
    let notice = await issueNotice(
      who.supervisor,
      ZNoticeIssueSchema.parse({
        kind: step.kind,
        departmentId: who.idOf(task.lead),
        taskIds: [task.id],
        ...noticeTemplate(step.kind, { taskTitle: task.title, dueDate: task.dueDate, departmentName: task.lead }),
        responseDueDate: addDaysTo(who.today, index === 1 ? -2 : 5),
      }),
    );
    if (step.until === "issued") continue;
    notice = await signNotice(head, { id: notice.id, version: notice.version });
    if (step.until === "signed") continue;
    notice = await respondToNotice(head, { id: notice.id, version: notice.version, content: "已召开专题会议研究部署，明确责任人和完成时限，正在抓紧整改。", attachmentIds: [] });
    if (step.until === "responded") continue;
    await closeNotice(who.supervisor, { id: notice.id, version: notice.version });
  }
  if (overdue.length > 0) {
    await issueNotice(
      who.supervisor,
      ZNoticeIssueSchema.parse({
        kind: "circular",
        taskIds: overdue.slice(0, 3).map((t) => t.id),
        title: "关于部分法治政府建设任务推进滞后情况的通报",
        content: "经督查，部分单位牵头的法治政府建设任务未按时限完成。现予以通报，请相关单位认真整改，其他单位引以为戒。",
      }),
    );
  }
}

async function walk(
  start: Awaited<ReturnType<typeof createTask>>,
  spec: TDemoTaskSpec,
  who: TPeople & { supervisor: TActor; today: string },
) {
  let task = start;
  const step = async (actor: TActor, action: Parameters<typeof transitionTask>[1]["action"], reason: string | null = null) => {
    task = await transitionTask(actor, { id: task.id, version: task.version, action, reason });
  };
  if (spec.status === "draft") return task;
  await step(who.supervisor, "publish");
  if (spec.status === "assigned") return task;
  if (spec.status === "cancelled") {
    await step(who.supervisor, "cancel", "任务调整，并入其他事项统筹推进");
    return task;
  }
  await step(who.officer, "accept");
  task = await setTaskOwner(who.head, { id: task.id, version: task.version, ownerId: who.officer.id });
  const reported = await reportProgress(who.officer, {
    id: task.id,
    version: task.version,
    percent: spec.status === "in_progress" ? (spec.progress ?? 30) : 100,
    note: spec.status === "in_progress" ? "已制定工作方案，明确责任分工，正在按节点推进。" : "各项工作已全部完成，佐证材料已整理归档。",
    attachmentIds: [],
  });
  task = reported.task;
  if (spec.extension && task.dueDate && who.today <= task.dueDate) {
    const request = await requestExtension(who.head, { id: task.id, version: task.version, requestedDueDate: addDaysTo(task.dueDate, 30), reason: "涉及多个部门协调，需延长办理时间。" });
    if (spec.extension === "approved") task = (await decideExtension(who.supervisor, { id: request.id, approve: true, reason: null })).task;
    else task = { ...task, version: task.version + 1 };
  }
  if (spec.status === "in_progress") return task;
  await step(who.head, "submit", "已按要求完成，相关制度文件和工作台账已报送。");
  if (spec.status === "submitted") return task;
  await step(who.supervisor, "approve");
  return task;
}

/** A head and an officer for every lead department (the six named demo accounts are reused where they exist). */
async function ensureDepartmentPeople(tx: Tx, names: string[], passwordHash: string): Promise<Map<string, TPeople>> {
  const rows = await tx.select().from(departments).where(inArray(departments.name, names));
  const result = new Map<string, TPeople>();
  for (const department of rows) {
    const code = DEMO_DEPARTMENTS.find((d) => d.name === department.name)!.code;
    const pick = async (role: "dept_head" | "dept_officer", suffix: string, label: string) => {
      const account = `${code}_${suffix}`;
      const [existing] = await tx.select().from(users).where(and(eq(users.account, account)));
      if (existing) return actorOf(existing);
      const [created] = await tx
        .insert(users)
        .values({ account, name: `${department.name}${label}`, roles: [role], departmentId: department.id, status: "active", passwordHash })
        .returning();
      return actorOf(created!);
    };
    result.set(department.name, { head: await pick("dept_head", "head", "负责人"), officer: await pick("dept_officer", "officer", "联络员") });
  }
  return result;
}
