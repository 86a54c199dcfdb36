import { and, arrayContains, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import type { TRole, TTaskStatus } from "@/lib/domain/codes";
import type { TTaskAction } from "@/lib/domain/task-workflow";
import { createTask } from "@/lib/services/tasks/create-task";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { ZTaskCreateSchema, type TTaskCreateInput } from "@/lib/validation/tasks";
import { actorFor, departmentId } from "./fixtures";

/** The path from draft to each status, with who takes each step. */
// "officer" and "head" stand for those roles in the task's lead department.
const PATH: Record<TTaskStatus, [TTaskAction | "progress", "supervisor" | "officer" | "head"][]> = {
  draft: [],
  assigned: [["publish", "supervisor"]],
  in_progress: [["publish", "supervisor"], ["accept", "officer"]],
  submitted: [["publish", "supervisor"], ["accept", "officer"], ["progress", "officer"], ["submit", "head"]],
  completed: [["publish", "supervisor"], ["accept", "officer"], ["progress", "officer"], ["submit", "head"], ["approve", "supervisor"]],
  cancelled: [["publish", "supervisor"], ["cancel", "supervisor"]],
  // Only a rollover closes a task as 结转 (lib/services/plans/rollover-plan.ts).
  carried_over: [],
};

async function departmentActor(departmentIdValue: string, role: TRole): Promise<TActor> {
  const db = await getDb();
  const [user] = await db
    .select({ account: users.account })
    .from(users)
    .where(and(eq(users.departmentId, departmentIdValue), arrayContains(users.roles, [role])));
  if (!user) throw new Error(`no ${role} in department ${departmentIdValue}: create one first`);
  return actorFor(user.account);
}

/**
 * A task led by 区司法局 (cooperating: 区财政局 unless told otherwise),
 * created by the supervisor and walked through the real services to `status`.
 */
export async function makeTask(status: TTaskStatus = "draft", fields: Partial<TTaskCreateInput> = {}) {
  if (status === "carried_over") throw new Error("a carried-over task comes from rolloverPlan");
  const supervisor = await actorFor("supervisor");
  let task = await createTask(
    supervisor,
    ZTaskCreateSchema.parse({
      title: "完善行政执法三项制度",
      leadDepartmentId: await departmentId("区司法局"),
      cooperatingDepartmentIds: [await departmentId("区财政局")],
      dueDate: "2099-12-31",
      ...fields,
    }),
  );
  const lead = (await ZTaskCreateSchema.parseAsync({ title: "x", ...fields })).leadDepartmentId ?? (await departmentId("区司法局"));
  for (const [step, who] of PATH[status]) {
    const actor = who === "supervisor" ? supervisor : await departmentActor(lead, who === "head" ? "dept_head" : "dept_officer");
    if (step === "progress") {
      task = (await reportProgress(actor, { id: task.id, version: task.version, percent: 60, note: "已完成制度梳理", attachmentIds: [] })).task;
    } else {
      task = await transitionTask(actor, { id: task.id, version: task.version, action: step, reason: "理由" });
    }
  }
  return task;
}
