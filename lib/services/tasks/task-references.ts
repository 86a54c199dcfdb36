import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { departments, goals, milestones, indicators, taskDepartments, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { TTaskCreate } from "@/lib/validation/tasks";

const invalid = (field: string, key: string) => new AppError("VALIDATION", "validationFailed", { fieldErrors: { [field]: [key] } });

/**
 * Checks that what a task form names exists: the goal (whose plan the task
 * joins), active departments, and an active owner of the lead department.
 * Returns the plan id.
 */
export async function checkTaskReferences(tx: Tx, input: Pick<TTaskCreate, "goalId" | "leadDepartmentId" | "cooperatingDepartmentIds" | "ownerId">): Promise<{ planId: string | null }> {
  let planId: string | null = null;
  if (input.goalId) {
    const [goal] = await tx.select({ planId: goals.planId }).from(goals).where(eq(goals.id, input.goalId));
    if (!goal) throw invalid("goalId", "goalUnknown");
    planId = goal.planId;
  }
  const departmentIds = [...new Set([input.leadDepartmentId, ...input.cooperatingDepartmentIds].filter((id): id is string => !!id))];
  if (departmentIds.length > 0) {
    const found = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(and(inArray(departments.id, departmentIds), eq(departments.isActive, true)));
    const known = new Set(found.map((d) => d.id));
    if (input.leadDepartmentId && !known.has(input.leadDepartmentId)) throw invalid("leadDepartmentId", "departmentUnknown");
    if (input.cooperatingDepartmentIds.some((id) => !known.has(id))) throw invalid("cooperatingDepartmentIds", "departmentUnknown");
  }
  if (input.ownerId) {
    const [owner] = await tx
      .select({ departmentId: users.departmentId, status: users.status })
      .from(users)
      .where(eq(users.id, input.ownerId));
    if (!owner || owner.status !== "active") throw invalid("ownerId", "ownerUnknown");
    if (input.leadDepartmentId && owner.departmentId !== input.leadDepartmentId) throw invalid("ownerId", "ownerNotInLeadDepartment");
  }
  return { planId };
}

/**
 * Replaces a task's department rows: the lead, the co-leads (cooperating rows marked
 * is_co_lead, so scoping and the one-lead rule are unchanged) and the cooperating departments.
 */
export async function writeTaskDepartments(
  tx: Tx, taskId: string, leadDepartmentId: string | null, cooperatingDepartmentIds: string[], coLeadDepartmentIds: string[] = [],
) {
  await tx.delete(taskDepartments).where(eq(taskDepartments.taskId, taskId));
  const coLeads = new Set(coLeadDepartmentIds.filter((id) => id !== leadDepartmentId));
  const others = new Set([...coLeads, ...cooperatingDepartmentIds.filter((id) => id !== leadDepartmentId)]);
  const rows = [
    ...(leadDepartmentId ? [{ taskId, departmentId: leadDepartmentId, role: "lead" as const, isCoLead: false }] : []),
    ...[...others].map((departmentId) => ({ taskId, departmentId, role: "cooperating" as const, isCoLead: coLeads.has(departmentId) })),
  ];
  if (rows.length) await tx.insert(taskDepartments).values(rows);
}

/** Replaces the indicators; numeric columns take strings (exact decimals). */
export async function writeIndicators(tx: Tx, taskId: string, list: TTaskCreate["indicators"]) {
  await tx.delete(indicators).where(eq(indicators.taskId, taskId));
  if (list.length === 0) return;
  await tx.insert(indicators).values(
    list.map((i, sortOrder) => ({
      taskId,
      name: i.name,
      unit: i.unit,
      target: i.target === null ? null : String(i.target),
      actual: i.actual === null ? null : String(i.actual),
      sortOrder,
    })),
  );
}

export async function insertMilestones(tx: Tx, taskId: string, list: TTaskCreate["milestones"], startAt = 0) {
  if (list.length === 0) return;
  await tx.insert(milestones).values(list.map((m, i) => ({ taskId, title: m.title, dueDate: m.dueDate, sortOrder: startAt + i })));
}
