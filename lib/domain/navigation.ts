import type { TRole } from "./codes";
import { can } from "./permissions";

export type TNavKey = "workbench" | "tasks" | "notices" | "plans" | "indicators" | "cockpit" | "admin";
export type TNavItem = { key: TNavKey; href: string };

const ITEMS: Record<TNavKey, string> = {
  workbench: "/workbench",
  tasks: "/tasks",
  notices: "/notices",
  plans: "/plans",
  indicators: "/indicators",
  cockpit: "/cockpit",
  admin: "/admin",
};

/** 工作台, 任务, 督办, 工作方案, 指标覆盖, 驾驶舱, 管理 — each shown only to the roles that work there. */
export function navigationFor(roles: readonly TRole[]): TNavItem[] {
  const actor = { roles };
  const isDepartmentUser = roles.includes("dept_head") || roles.includes("dept_officer");
  const isSupervisor = can(actor, "task:review");
  const keys: TNavKey[] = [];
  if (isDepartmentUser || isSupervisor) keys.push("workbench");
  if (roles.length > 0) keys.push("tasks", "notices");
  // The plans page shows every plan, and the coverage view every indicator's gaps: the same permission as the cockpit.
  if (can(actor, "data:read_all")) keys.push("plans", "indicators", "cockpit");
  if (can(actor, "user:manage") || can(actor, "department:manage")) keys.push("admin");
  return keys.map((key) => ({ key, href: ITEMS[key] }));
}

/** The first page after sign-in: a leader's is the overdue list (逾期清单), everyone else's their workbench. */
export function homeFor(roles: readonly TRole[]): string {
  const items = navigationFor(roles);
  if (items.some((i) => i.key === "workbench")) return "/workbench";
  if (items.some((i) => i.key === "cockpit")) return "/tasks/overdue";
  return items[0]?.href ?? "/settings";
}
