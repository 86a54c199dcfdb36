import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { extensionRequests, tasks, users } from "@/db/schema";
import { addDaysTo } from "@/lib/domain/calendar";
import type { TActor } from "@/lib/domain/actor";
import type { TWarningContext } from "@/lib/domain/warning";
import { listNotices } from "./notices/list-notices";
import { listTasks } from "./tasks/list-tasks";
import { taskVisibility } from "./tasks/scope";

const PREVIEW = 8;
const OPEN = ["assigned", "in_progress", "submitted"] as const;

/** 工作台 of a department: what is waiting for it, each list with its total. */
export async function departmentWorkbench(actor: TActor, context: TWarningContext) {
  const lead = actor.departmentId ? { departmentId: actor.departmentId, departmentRole: "lead" as const } : {};
  const [toSign, warned, dueThisWeek, returned, noticesToSign, noticesToAnswer] = await Promise.all([
    listTasks(actor, { ...lead, status: ["assigned"], limit: PREVIEW }, context),
    listTasks(actor, { status: ["in_progress"], warnings: ["red", "yellow"], limit: PREVIEW }, context),
    listTasks(actor, { status: [...OPEN], dueFrom: context.today, dueTo: addDaysTo(context.today, 6), limit: PREVIEW }, context),
    listTasks(actor, { returned: true, limit: PREVIEW }, context),
    listNotices(actor, { status: "issued", departmentId: actor.departmentId ?? undefined, limit: PREVIEW }, context),
    listNotices(actor, { status: "signed", departmentId: actor.departmentId ?? undefined, limit: PREVIEW }, context),
  ]);
  return { toSign, warned, dueThisWeek, returned, noticesToSign, noticesToAnswer };
}

/** 督办台 of a supervisor: submissions, extension requests, notices awaiting answers or closing, drafts, the red list. */
export async function supervisorConsole(actor: TActor, context: TWarningContext) {
  const db = await getDb();
  const [submitted, red, awaitingAnswer, toClose, drafts, extensions] = await Promise.all([
    listTasks(actor, { status: ["submitted"], sort: "updated", limit: PREVIEW }, context),
    listTasks(actor, { warning: "red", limit: PREVIEW }, context),
    listNotices(actor, { status: "signed", limit: PREVIEW }, context),
    listNotices(actor, { status: "responded", limit: PREVIEW }, context),
    listNotices(actor, { status: "draft", limit: PREVIEW }, context),
    db
      .select({
        id: extensionRequests.id,
        taskId: tasks.id,
        title: tasks.title,
        currentDueDate: extensionRequests.currentDueDate,
        requestedDueDate: extensionRequests.requestedDueDate,
        requesterName: users.name,
      })
      .from(extensionRequests)
      .innerJoin(tasks, eq(tasks.id, extensionRequests.taskId))
      .innerJoin(users, eq(users.id, extensionRequests.requestedBy))
      .where(and(eq(extensionRequests.status, "pending"), taskVisibility(actor)))
      .orderBy(asc(extensionRequests.createdAt))
      .limit(50),
  ]);
  return { submitted, red, awaitingAnswer, toClose, drafts, extensions };
}
