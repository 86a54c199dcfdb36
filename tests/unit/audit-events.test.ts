import { describe, expect, it } from "vitest";
import { AUDIT_CATEGORIES } from "@/lib/domain/audit-categories";
import { AUDIT_EVENTS, isAuditAction, readAuditData } from "@/lib/domain/audit-events";
import { TASK_ACTIONS } from "@/lib/domain/task-workflow";

describe("audit vocabulary", () => {
  it("names every task transition and files each action under a category the viewer filters by (or system/notification)", () => {
    for (const action of TASK_ACTIONS) expect(isAuditAction(`task.${action}`)).toBe(true);
    const categories = new Set<string>([...AUDIT_CATEGORIES, "system", "notification"]);
    expect(Object.keys(AUDIT_EVENTS).filter((a) => !categories.has(a.split(".")[0]!))).toEqual([]);
    expect(isAuditAction("task.returned_by_mistake")).toBe(false);
  });

  it("reads an event's data through its schema, and refuses a shape it does not know", () => {
    expect(readAuditData("task.reject", { from: "submitted", to: "in_progress", reason: "佐证不足" })).toEqual({ from: "submitted", to: "in_progress", reason: "佐证不足" });
    expect(readAuditData("task.extension_request", { requestId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", from: "2030-06-30", to: "2030-07-31", reason: "x" })?.to).toBe("2030-07-31");
    expect(readAuditData("task.set_owner", { from: 1 })).toBeNull();
  });
});
