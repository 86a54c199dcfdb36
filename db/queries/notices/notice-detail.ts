import "server-only";
import { and, asc, desc, eq, inArray, like } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db";
import { attachments, auditEvents, departments, instructions, noticeTasks, tasks, users } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { dayOf } from "@/lib/domain/calendar";
import { isResponseLate } from "@/lib/domain/notice-rules";
import { loadNoticeForActor } from "@/db/queries/notices/load-notice";

/** A notice as its page shows it, for an actor who may see it (others get NOT_FOUND). */
export async function getNoticeDetail(actor: TActor, noticeId: string, context: { today: string; timeZone: string }) {
  const db = await getDb();
  const notice = await loadNoticeForActor(db, actor, noticeId);
  const people = [notice.issuedBy, notice.signedBy, notice.respondedBy, notice.draftedBy, notice.closedBy].filter((id): id is string => !!id);
  const [department, taskRows, files, events, notes, names] = await Promise.all([
    notice.departmentId ? db.select({ name: departments.name }).from(departments).where(eq(departments.id, notice.departmentId)).then((r) => r[0]?.name ?? null) : null,
    db
      .select({ id: tasks.id, title: tasks.title, status: tasks.status, dueDate: tasks.dueDate })
      .from(noticeTasks)
      .innerJoin(tasks, eq(tasks.id, noticeTasks.taskId))
      .where(eq(noticeTasks.noticeId, noticeId))
      .orderBy(asc(tasks.dueDate)),
    db.select({ id: attachments.id, name: attachments.originalName, size: attachments.size }).from(attachments).where(eq(attachments.noticeId, noticeId)),
    db
      .select({ at: auditEvents.at, action: auditEvents.action, data: auditEvents.data, actorName: users.name })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(and(eq(auditEvents.entityType, "notice"), eq(auditEvents.entityId, noticeId), like(auditEvents.action, "notice.%")))
      .orderBy(desc(auditEvents.id)),
    db
      .select({ at: instructions.createdAt, content: instructions.content, authorName: users.name })
      .from(instructions)
      .innerJoin(users, eq(users.id, instructions.authorId))
      .where(eq(instructions.noticeId, noticeId))
      .orderBy(desc(instructions.createdAt)),
    people.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, people)) : Promise.resolve([]),
  ]);
  const nameOf = (id: string | null) => names.find((n) => n.id === id)?.name ?? null;
  const timeline = [
    ...events.map((e) => ({ type: "event" as const, at: e.at, action: e.action, actorName: e.actorName, data: e.data })),
    ...notes.map((n) => ({ type: "instruction" as const, at: n.at, actorName: n.authorName, content: n.content })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  const respondedDay = notice.respondedAt ? dayOf(notice.respondedAt, context.timeZone) : null;
  return {
    notice,
    departmentName: department,
    tasks: taskRows,
    attachments: files,
    timeline,
    late: isResponseLate({ ...notice, respondedDay }, context.today),
    issuerName: nameOf(notice.issuedBy),
    drafterName: nameOf(notice.draftedBy),
  };
}

export type TNoticeDetail = Awaited<ReturnType<typeof getNoticeDetail>>;

/** Leader instructions on a task, newest first (the task timeline shows them). */
export async function taskInstructions(taskId: string, db?: DbOrTx) {
  return (db ?? (await getDb()))
    .select({ at: instructions.createdAt, content: instructions.content, authorName: users.name })
    .from(instructions)
    .innerJoin(users, eq(users.id, instructions.authorId))
    .where(eq(instructions.taskId, taskId))
    .orderBy(desc(instructions.createdAt));
}
