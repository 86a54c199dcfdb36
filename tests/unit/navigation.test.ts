import { describe, expect, it } from "vitest";
import { homeFor, navigationFor } from "@/lib/domain/navigation";

const keys = (roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((i) => i.key);

describe("navigation by role", () => {
  it.each([
    [["admin"], ["workbench", "tasks", "notices", "plans", "indicators", "cockpit", "admin"]],
    [["supervisor"], ["workbench", "tasks", "notices", "plans", "indicators", "cockpit"]],
    [["leader"], ["tasks", "notices", "plans", "indicators", "cockpit"]],
    [["dept_head"], ["workbench", "tasks", "notices"]],
    [["dept_officer"], ["workbench", "tasks", "notices"]],
    [[], []],
  ] as const)("%j sees %j", (roles, expected) => {
    expect(keys(roles)).toEqual(expected);
  });

  it("sends leaders to the overdue list and others to their workbench", () => {
    expect(homeFor(["leader"])).toBe("/tasks/overdue");
    expect(homeFor(["dept_officer"])).toBe("/workbench");
    expect(homeFor([])).toBe("/settings");
  });
});
