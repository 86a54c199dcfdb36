import "server-only";
import { and, asc, desc, eq, inArray, like, ne, sql } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db";
import { readTogether } from "@/db/read-together";
import { executeRows } from "@/db/execute-rows";
import { taskIndicatorTagsOf } from "@/db/queries/indicator-tags/catalogue";
import { attachments, auditEvents, departments, extensionRequests, goals, indicators, milestones, progressReports, tasks, users } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { can } from "@/lib/domain/permissions";
import { actsForDepartment } from "@/lib/domain/scope";
import { forbidden } from "@/lib/errors";
import { taskWarning, type TWarningContext } from "@/lib/domain/warning";
import { taskInstructions } from "@/db/queries/notices/notice-detail";
import { listNoticePage } from "@/db/queries/notices/list-notices";
import { loadedTaskCapabilities, loadedWhoElseCan, loadTaskForActor } from "@/db/queries/tasks/load-task";
import { completionDraftView } from "@/db/queries/tasks/completion-draft";

/** The goal and its ancestors, outermost first (一、 › (三) › 一是…). */
async function goalPath(db: DbOrTx, goalId: string | null) {
  if (!goalId) return [];
  const rows = await executeRows<{ id: string; kind: string; code: string; title: string }>(db, sql`
    with recursive path as (
      select id, parent_id, kind, code, title, 0 as depth from ${goals} where id = ${goalId}
      union all
      select g.id, g.parent_id, g.kind, g.code, g.title, p.depth + 1 from ${goals} g join path p on g.id = p.parent_id
    ) select id, kind, code, title, depth from path order by depth desc`);
  return rows.map((r) => ({ id: r.id, kind: r.kind, code: r.code, title: r.title }));
}

/**
 * Everything the task page shows, for an actor who may see the task (others
 * get NOT_FOUND from loadTaskForActor): the task, its departments, owner,
 * plan goal path, milestones, indicators, progress reports with evidence,
 * extension requests and one timeline.
 */
export async function getTaskDetail(actor: TActor, taskId: string, context: TWarningContext) {
  return readTogether((db) => readTaskDetail(db, actor, taskId, context));
}

async function readTaskDetail(db: DbOrTx, actor: TActor, taskId: string, context: TWarningContext) {
  const loaded = await loadTaskForActor(db, actor, taskId);
  const { task } = loaded;
  const departmentIds = [loaded.leadDepartmentId, ...loaded.cooperatingDepartmentIds].filter((id): id is string => !!id);
  // Everything else in one wave of independent reads, sent together on the reader's one connection.
  const [departmentRows, owner, path, milestoneRows, indicatorRows, reports, extensions, events, notes, relatedNotices, files, carriedFrom, tags, openDraft] = await Promise.all([
    departmentIds.length
      ? db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, departmentIds))
      : Promise.resolve([]),
    task.ownerId ? db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, task.ownerId)).then((r) => r[0] ?? null) : null,
    goalPath(db, task.goalId),
    db.select().from(milestones).where(eq(milestones.taskId, taskId)).orderBy(asc(milestones.sortOrder)),
    db.select().from(indicators).where(eq(indicators.taskId, taskId)).orderBy(asc(indicators.sortOrder)),
    db
      .select({
        id: progressReports.id,
        percent: progressReports.percent,
        note: progressReports.note,
        createdAt: progressReports.createdAt,
        authorName: users.name,
        departmentName: departments.name,
      })
      .from(progressReports)
      .innerJoin(users, eq(users.id, progressReports.authorId))
      .leftJoin(departments, eq(departments.id, progressReports.departmentId))
      .where(eq(progressReports.taskId, taskId))
      .orderBy(desc(progressReports.createdAt)),
    db
      .select({
        id: extensionRequests.id,
        status: extensionRequests.status,
        currentDueDate: extensionRequests.currentDueDate,
        requestedDueDate: extensionRequests.requestedDueDate,
        reason: extensionRequests.reason,
        decisionReason: extensionRequests.decisionReason,
        createdAt: extensionRequests.createdAt,
        decidedAt: extensionRequests.decidedAt,
        requesterName: users.name,
      })
      .from(extensionRequests)
      .innerJoin(users, eq(users.id, extensionRequests.requestedBy))
      .where(eq(extensionRequests.taskId, taskId))
      .orderBy(desc(extensionRequests.createdAt)),
    db
      .select({ id: auditEvents.id, action: auditEvents.action, at: auditEvents.at, data: auditEvents.data, actorName: users.name })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      // Progress reports come from their own table (with their files); other task events from the audit log.
      .where(and(eq(auditEvents.entityType, "task"), eq(auditEvents.entityId, taskId), like(auditEvents.action, "task.%"), ne(auditEvents.action, "task.progress")))
      .orderBy(desc(auditEvents.id)),
    taskInstructions(taskId, db),
    listNoticePage(actor, { taskId, limit: 100 }, context, db),
    loaded.progressReportCount
      ? db
          .select({ id: attachments.id, progressReportId: attachments.progressReportId, name: attachments.originalName, size: attachments.size, mimeType: attachments.mimeType })
          .from(attachments)
          .innerJoin(progressReports, eq(progressReports.id, attachments.progressReportId))
          .where(eq(progressReports.taskId, taskId))
      : [],
    // 结转: the task of the year before that this one carries on (its own timeline names this one).
    task.carriedFromTaskId
      ? db.select({ id: tasks.id, title: tasks.title, dueDate: tasks.dueDate }).from(tasks).where(eq(tasks.id, task.carriedFromTaskId)).then((r) => r[0] ?? null)
      : null,
    taskIndicatorTagsOf([taskId], db),
    loaded.preparedCompletion ? completionDraftView(db, taskId, { open: true }) : null,
  ]);
  // The current 办结申请 came from a prepared draft when its task.submit event names one: that draft's evidence goes with the note.
  const lastSubmit = task.completionNote && !task.returnedAt ? events.find((e) => e.action === "task.submit") : undefined;
  const submittedDraftId = typeof lastSubmit?.data.draftId === "string" ? lastSubmit.data.draftId : null;
  const submittedDraft = submittedDraftId ? await completionDraftView(db, taskId, { id: submittedDraftId }) : null;
  const nameOf = (id: string | null) => departmentRows.find((d) => d.id === id)?.name ?? null;
  const progress = reports.map((r) => ({ ...r, attachments: files.filter((f) => f.progressReportId === r.id) }));
  const timeline = [
    ...events.map((e) => ({ type: "event" as const, at: e.at, action: e.action, actorName: e.actorName, data: e.data })),
    ...progress.map((p) => ({ type: "progress" as const, at: p.createdAt, report: p })),
    ...notes.map((n) => ({ type: "instruction" as const, at: n.at, actorName: n.authorName, content: n.content })),
    ...relatedNotices.items
      .filter((n) => n.issuedAt)
      .map((n) => ({ type: "notice" as const, at: n.issuedAt!, notice: n })),
    ...(carriedFrom ? [{ type: "carriedFrom" as const, at: task.createdAt, from: carriedFrom }] : []),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return {
    task,
    warning: taskWarning(task, context),
    lead: loaded.leadDepartmentId ? { id: loaded.leadDepartmentId, name: nameOf(loaded.leadDepartmentId) } : null,
    cooperating: loaded.cooperatingDepartmentIds.map((id) => ({ id, name: nameOf(id) })),
    progressReportCount: loaded.progressReportCount,
    capabilities: loadedTaskCapabilities(actor, loaded, context.today),
    othersCan: loadedWhoElseCan(actor, loaded, context.today),
    owner,
    goalPath: path,
    milestones: milestoneRows,
    indicators: indicatorRows,
    indicatorTags: tags.get(taskId) ?? [],
    progress,
    extensions,
    notices: relatedNotices.items,
    timeline,
    /** The open prepared 办结申请, and the submitted one behind the current completion note. */
    completionDraft: openDraft,
    submittedDraft,
  };
}

export type TTaskDetail = Awaited<ReturnType<typeof getTaskDetail>>;

/**
 * People of a department who may be made 责任人 of its tasks: shown to those
 * who create or edit tasks anywhere, and to a department's own head; anyone
 * else is refused (the list names people).
 */
export async function ownerCandidates(actor: TActor, departmentId: string | null | undefined) {
  const mayList = can(actor, "task:create") || can(actor, "task:edit") || (can(actor, "task:set_owner") && actsForDepartment(actor, departmentId));
  if (!mayList) throw forbidden();
  if (!departmentId) return [];
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.departmentId, departmentId), eq(users.status, "active")))
    .orderBy(asc(users.name));
}
