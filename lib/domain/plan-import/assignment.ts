import type { TAnnotation } from "./annotations";
import { splitDepartmentNames } from "./annotations";
import type { TDepartmentMatcher } from "./departments";
import { parseDueDate } from "./due-date";
import type { TDepartmentRef } from "./types";

/**
 * Who and when, from a node's annotations. 牵头单位 names the lead (the first one when several
 * are named; the others cooperate). Without a 牵头单位, the first 责任单位/责任部门 leads. Every
 * other named department cooperates. The due date is the latest date the time values name.
 */

export type TAssignment = {
  leadDepartment: TDepartmentRef | null;
  cooperatingDepartments: TDepartmentRef[];
  dueDate: string | null;
};

export type TAssignmentContext = { planYear: number | null; matchDepartment: TDepartmentMatcher };

function namesOf(values: TAnnotation[keyof TAnnotation]): string[] {
  return values.flatMap((value) => splitDepartmentNames(value));
}

function refKey(ref: TDepartmentRef): string {
  return ref.id === null ? `name:${ref.name}` : `id:${ref.id}`;
}

export function resolveAssignment(annotation: TAnnotation, context: TAssignmentContext): TAssignment {
  const lead = namesOf(annotation.lead);
  const responsible = namesOf(annotation.responsible);
  const cooperating = namesOf(annotation.cooperating);
  const leaders = lead.length > 0 ? lead : responsible;
  const others = lead.length > 0 ? [...lead.slice(1), ...responsible, ...cooperating] : [...responsible.slice(1), ...cooperating];
  const leadName = leaders[0];
  const leadDepartment = leadName === undefined ? null : context.matchDepartment(leadName);

  const seen = new Set(leadDepartment ? [refKey(leadDepartment)] : []);
  const cooperatingDepartments: TDepartmentRef[] = [];
  for (const ref of others.map((name) => context.matchDepartment(name))) {
    if (seen.has(refKey(ref))) continue;
    seen.add(refKey(ref));
    cooperatingDepartments.push(ref);
  }

  const dueDates = annotation.due
    .map((value) => parseDueDate(value.folded, context.planYear))
    .filter((date): date is string => date !== null);
  const dueDate = dueDates.length > 0 ? dueDates.reduce((latest, date) => (date > latest ? date : latest)) : null;
  return { leadDepartment, cooperatingDepartments, dueDate };
}
