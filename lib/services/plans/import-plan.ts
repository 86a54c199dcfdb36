import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { departments, plans } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { AppError, isAppError, type TFieldErrors } from "@/lib/errors";
import { appendAuditEvent, withDeferredAudit } from "@/lib/services/audit/append-audit-event";
import { createTask } from "@/lib/services/tasks/create-task";
import { loadTagResolver, writeGoalTags } from "@/lib/services/indicator-tags/write-tags";
import { inTransaction } from "@/lib/services/transaction";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import {
  IMPORT_MAX_NODES, IMPORT_MAX_TASKS, type TImportNode, type TImportPlanInput, ZImportPlanSchema,
} from "@/lib/validation/imports";
import { type TTaskCreate, ZTaskCreateSchema } from "@/lib/validation/tasks";
import { type TGoalSource, insertGoals } from "./insert-goals";

export type TImportPlanResult = { planId: string; goals: number; tasks: number; problems: number };

type TFlatNode = { node: TImportNode; path: string };

/** zod issues → { "field.path": ["messageKey"] }, as the server actions report them. */
/** Pre-order, as insertGoals numbers its rows; `path` is the node's place in the input ("nodes.0.children.2"). */
function flatten(nodes: readonly TImportNode[], prefix = "nodes"): TFlatNode[] {
  return nodes.flatMap((node, index) => {
    const path = `${prefix}.${index}`;
    return [{ node, path }, ...flatten(node.children, `${path}.children`)];
  });
}

/** A choice of "problem" makes the goal a rectification goal (整改目标), whatever the parser called it. */
function toGoalSource(node: TImportNode): TGoalSource {
  return { ...node, kind: node.choice === "problem" ? "problem" : node.kind, children: node.children.map(toGoalSource) };
}

function invalidAt(path: string, fieldErrors: TFieldErrors): AppError {
  const prefixed = Object.fromEntries(Object.entries(fieldErrors).map(([field, keys]) => [field === "_form" ? path : `${path}.${field}`, keys]));
  return new AppError("VALIDATION", "validationFailed", { fieldErrors: prefixed });
}

/** The task a node becomes, checked by the task form's own schema (goalId is set once the goal exists). */
function taskInputOf({ node, path }: TFlatNode): TTaskCreate {
  const parsed = ZTaskCreateSchema.safeParse({
    title: node.title,
    description: node.body,
    leadDepartmentId: node.leadDepartmentId,
    coLeadDepartmentIds: node.coLeadDepartmentIds,
    cooperatingDepartmentIds: node.cooperatingDepartmentIds,
    dueDate: node.dueDate,
    indicatorCodes: node.indicatorCodes,
    indicators: node.indicators.map((indicator) => ({ name: indicator.name, unit: indicator.unit, target: indicator.value })),
  });
  if (parsed.success) return parsed.data;
  throw invalidAt(path, fieldErrorsOf(parsed.error));
}

/** One query for every department the tree names, so that an unknown one is reported at its node. */
async function checkDepartments(tx: Tx, flat: readonly TFlatNode[]): Promise<void> {
  const ids = [...new Set(flat.flatMap(({ node }) => [node.leadDepartmentId, ...node.coLeadDepartmentIds, ...node.cooperatingDepartmentIds]).filter((id) => id !== null))];
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(inArray(departments.id, ids), eq(departments.isActive, true)));
  const known = new Set(found.map((row) => row.id));
  for (const { node, path } of flat) {
    if (node.leadDepartmentId && !known.has(node.leadDepartmentId)) throw invalidAt(path, { leadDepartmentId: ["departmentUnknown"] });
    if (node.coLeadDepartmentIds.some((id) => !known.has(id))) throw invalidAt(path, { coLeadDepartmentIds: ["departmentUnknown"] });
    if (node.cooperatingDepartmentIds.some((id) => !known.has(id))) throw invalidAt(path, { cooperatingDepartmentIds: ["departmentUnknown"] });
  }
}

/**
 * Creates a plan from a reviewed import in one transaction: the plan (active),
 * its goal tree, and a draft task for every node chosen as a task or a
 * problem, linked to its goal. Tasks go through createTask, so each is
 * checked and audited as if made by hand; it joins this transaction as a
 * savepoint, so any refusal leaves nothing behind.
 */
export async function importPlan(actor: TActor, raw: TImportPlanInput): Promise<TImportPlanResult> {
  assertCan(actor, "plan:import");
  // Checked here as well as at the door: goals have no length limits of their own in the database.
  const parsed = ZImportPlanSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "validationFailed", { fieldErrors: fieldErrorsOf(parsed.error) });
  const input = parsed.data;
  const flat = flatten(input.nodes);
  if (flat.length > IMPORT_MAX_NODES) {
    throw new AppError("VALIDATION", "importErrors.tooManyNodes", { params: { max: IMPORT_MAX_NODES, n: flat.length } });
  }
  const taskNodes = flat.filter(({ node }) => node.choice !== "goal");
  if (taskNodes.length > IMPORT_MAX_TASKS) {
    throw new AppError("VALIDATION", "importErrors.tooManyTasks", { params: { max: IMPORT_MAX_TASKS, n: taskNodes.length } });
  }
  const taskInputs = new Map(taskNodes.map((entry) => [entry, taskInputOf(entry)]));

  // All or nothing, so the tasks' audit events join the chain at the end (see withDeferredAudit).
  return inTransaction((tx) => withDeferredAudit(tx, async () => {
    await checkDepartments(tx, flat);
    const [plan] = await tx
      .insert(plans)
      .values({ year: input.year, title: input.title, status: "active", sourceText: input.sourceText || null, createdBy: actor.id })
      .returning({ id: plans.id });
    const rows = await insertGoals(tx, plan!.id, input.nodes.map(toGoalSource));
    const resolveTags = await loadTagResolver(tx);
    for (const [index, entry] of flat.entries()) {
      const task = taskInputs.get(entry);
      try {
        // The reviewer's accepted tags go on the goal, and on its task when it has one.
        if (entry.node.indicatorCodes.length > 0) await writeGoalTags(tx, rows[index]!.id, resolveTags(entry.node.indicatorCodes).indicatorIds, actor.id);
        if (task) await createTask(actor, { ...task, goalId: rows[index]!.id }, { resolveTags });
      } catch (error) {
        // At the node, keeping the refusal's own words (an unknown indicator code is named in them).
        if (isAppError(error) && error.fieldErrors) {
          throw new AppError(error.code, error.messageKey, { params: error.params, fieldErrors: invalidAt(entry.path, error.fieldErrors).fieldErrors });
        }
        throw error;
      }
    }
    const counts = {
      goals: rows.length,
      tasks: taskNodes.length,
      problems: taskNodes.filter(({ node }) => node.choice === "problem").length,
    };
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "plan.import",
      entityType: "plan",
      entityId: plan!.id,
      data: { title: input.title, year: input.year, ...counts },
      ip: actor.ip,
    });
    return { planId: plan!.id, ...counts };
  }));
}
