import { isIsoDate } from "@/lib/domain/calendar";
import { TASK_STATUSES, type TTaskStatus } from "@/lib/domain/codes";
import { WARNINGS, type TWarning } from "@/lib/domain/warning";
import { isId, oneParam } from "./common";

type TParams = Record<string, string | string[] | undefined>;
export type TTaskFilterParams = {
  status?: TTaskStatus[] | undefined;
  departmentId?: string | undefined;
  departmentRole?: "lead" | "cooperating" | undefined;
  warning?: TWarning | undefined;
  returned?: boolean | undefined;
  overdue?: boolean | undefined;
  sectionId?: string | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  q?: string | undefined;
  indicator?: string | undefined;
  sort?: "due" | "updated" | "created" | undefined;
  cursor?: string | undefined;
};

const one = (v: string | string[] | undefined) => oneParam(v)?.trim() || undefined;
const pick = <T extends string>(v: string | undefined, allowed: readonly T[]) => (v && (allowed as readonly string[]).includes(v) ? (v as T) : undefined);

/**
 * The task list's URL parameters, leniently: a page link with a bad value
 * shows the unfiltered list rather than an error (the API is strict instead).
 */
export function parseTaskFilterParams(params: TParams): TTaskFilterParams {
  const statuses = (one(params.status) ?? "").split(",").filter((s): s is TTaskStatus => (TASK_STATUSES as readonly string[]).includes(s));
  const department = one(params.department);
  const section = one(params.section);
  const dueFrom = one(params.dueFrom);
  const dueTo = one(params.dueTo);
  return {
    status: statuses.length ? statuses : undefined,
    departmentId: isId(department) ? department : undefined,
    departmentRole: pick(one(params.role), ["lead", "cooperating"] as const),
    warning: pick(one(params.warning), WARNINGS),
    returned: one(params.returned) === "true" || undefined,
    overdue: one(params.overdue) === "true" || undefined,
    sectionId: isId(section) ? section : undefined,
    dueFrom: dueFrom && isIsoDate(dueFrom) ? dueFrom : undefined,
    dueTo: dueTo && isIsoDate(dueTo) ? dueTo : undefined,
    q: one(params.q)?.slice(0, 100),
    indicator: one(params.indicator)?.slice(0, 60),
    sort: pick(one(params.sort), ["due", "updated", "created"] as const),
    cursor: one(params.cursor)?.slice(0, 300),
  };
}

/** The same filter as URL parameters (for "next page" links and exports). */
export function taskFilterToParams(filter: TTaskFilterParams): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.status?.length) params.set("status", filter.status.join(","));
  if (filter.warning) params.set("warning", filter.warning);
  if (filter.overdue) params.set("overdue", "true");
  if (filter.departmentId) params.set("department", filter.departmentId);
  if (filter.departmentRole) params.set("role", filter.departmentRole);
  if (filter.returned) params.set("returned", "true");
  if (filter.sectionId) params.set("section", filter.sectionId);
  if (filter.dueFrom) params.set("dueFrom", filter.dueFrom);
  if (filter.dueTo) params.set("dueTo", filter.dueTo);
  if (filter.indicator) params.set("indicator", filter.indicator);
  if (filter.sort) params.set("sort", filter.sort);
  return params;
}
