import type { TAnnotation } from "./annotations";
import { splitDepartmentNames } from "./annotations";
import type { TDepartmentMatcher } from "./departments";
import { parseDueDate } from "./due-date";
import type { TDepartmentRef } from "./types";

/**
 * Who and when, from a node's annotations.
 * - Every 牵头单位 named leads (共同牵头); the first is the lead of the task made from the node.
 * - Without a 牵头单位, the first 责任单位/责任部门 leads — or all of them when the value ends
 *   "…按职责分工(分别)负责", which makes them joint leads. Every other named department cooperates.
 * - The due date is the latest date the time values name.
 */

export type TAssignment = {
  leadDepartment: TDepartmentRef | null;
  leadDepartments: TDepartmentRef[];
  cooperatingDepartments: TDepartmentRef[];
  dueDate: string | null;
};

export type TAssignmentContext = { planYear: number | null; matchDepartment: TDepartmentMatcher };

/** "区司法局、区财政局按职责分工分别负责": the named units share the lead. */
const JOINT_DUTY_TAIL = /(?:按照?|根据)?(?:各自)?职责(?:分工)?(?:分别|共同)?(?:负责|落实|牵头)$/;

type TNames = { names: string[]; isJoint: boolean };

function namesOf(values: TAnnotation[keyof TAnnotation]): TNames {
  let isJoint = false;
  const names = values.flatMap((value) => {
    const names = splitDepartmentNames(value);
    const last = names[names.length - 1];
    const tail = last === undefined ? null : JOINT_DUTY_TAIL.exec(last);
    if (!last || !tail) return names;
    isJoint = true;
    const rest = last.slice(0, tail.index).trim();
    return rest === "" ? names.slice(0, -1) : [...names.slice(0, -1), rest];
  });
  return { names, isJoint };
}

function refKey(ref: TDepartmentRef): string {
  return ref.id === null ? `name:${ref.name}` : `id:${ref.id}`;
}

function uniqueRefs(names: readonly string[], match: TDepartmentMatcher, seen: Set<string>): TDepartmentRef[] {
  const refs: TDepartmentRef[] = [];
  for (const ref of names.map(match)) {
    if (seen.has(refKey(ref))) continue;
    seen.add(refKey(ref));
    refs.push(ref);
  }
  return refs;
}

export function resolveAssignment(annotation: TAnnotation, context: TAssignmentContext): TAssignment {
  const lead = namesOf(annotation.lead);
  const responsible = namesOf(annotation.responsible);
  const cooperating = namesOf(annotation.cooperating).names;
  const hasLead = lead.names.length > 0;
  const leaders = hasLead ? lead.names : responsible.isJoint ? responsible.names : responsible.names.slice(0, 1);
  const others = hasLead ? [...responsible.names, ...cooperating] : [...responsible.names.slice(leaders.length), ...cooperating];
  const seen = new Set<string>();
  const leadDepartments = uniqueRefs(leaders, context.matchDepartment, seen);
  const cooperatingDepartments = uniqueRefs(others, context.matchDepartment, seen);

  const dueDates = annotation.due
    .map((value) => parseDueDate(value.folded, context.planYear))
    .filter((date): date is string => date !== null);
  const dueDate = dueDates.length > 0 ? dueDates.reduce((latest, date) => (date > latest ? date : latest)) : null;
  return { leadDepartment: leadDepartments[0] ?? null, leadDepartments, cooperatingDepartments, dueDate };
}
