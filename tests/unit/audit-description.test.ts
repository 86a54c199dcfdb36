import { describe, expect, it } from "vitest";
import { auditValue, describeAuditData, referencedIds } from "@/lib/domain/audit-description";

const DEPT = "2f1c6a52-4b1e-4c7e-9a55-0d7f1b2c3d4e";
const USER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

describe("an audit event's data in words", () => {
  it("shows a task transition as status before → after, with its reason and the rejected note", () => {
    expect(describeAuditData("task.reject", { from: "submitted", to: "in_progress", reason: "佐证不足", rejectedNote: "已完成" })).toEqual([
      { field: "status", before: { kind: "code", namespace: "taskStatuses", code: "submitted" }, after: { kind: "code", namespace: "taskStatuses", code: "in_progress" } },
      { field: "reason", value: { kind: "text", text: "佐证不足" } },
      { field: "rejectedNote", value: { kind: "text", text: "已完成" } },
    ]);
  });

  it("names notice statuses as the notice's, an extension's dates as the due date, an owner change as people", () => {
    expect(describeAuditData("notice.sign", { from: "issued", to: "signed" })[0]).toMatchObject({ before: { namespace: "noticeStatuses", code: "issued" } });
    expect(describeAuditData("task.extension_approve", { requestId: USER, from: "2026-06-30", to: "2026-09-30", reason: null })).toEqual([
      { field: "dueDate", before: { kind: "day", iso: "2026-06-30" }, after: { kind: "day", iso: "2026-09-30" } },
      { field: "reason", value: { kind: "empty" } },
    ]);
    expect(describeAuditData("task.set_owner", { from: null, to: USER })).toEqual([{ field: "owner", before: { kind: "empty" }, after: { kind: "ref", id: USER } }]);
  });

  it("pairs an account's or a department's before and after field by field, roles as codes", () => {
    const rows = describeAuditData("user.update", {
      before: { name: "王五", departmentId: DEPT, roles: ["dept_officer"] },
      after: { name: "王五", departmentId: null, roles: ["dept_head"] },
      revokedSessions: 2,
    });
    expect(rows).toEqual([
      { field: "name", before: { kind: "text", text: "王五" }, after: { kind: "text", text: "王五" } },
      { field: "departmentId", before: { kind: "ref", id: DEPT }, after: { kind: "empty" } },
      { field: "roles", before: { kind: "list", items: [{ kind: "code", namespace: "roles", code: "dept_officer" }] }, after: { kind: "list", items: [{ kind: "code", namespace: "roles", code: "dept_head" }] } },
      { field: "revokedSessions", value: { kind: "number", value: 2 } },
    ]);
    expect(referencedIds(rows)).toEqual([DEPT]);
  });

  it("lists a task edit's changed fields, hides internal ids, and writes instants and notice kinds", () => {
    expect(describeAuditData("task.update", { fromVersion: 3, fields: { dueDate: "2026-12-03", cooperatingDepartmentIds: [DEPT] } })).toEqual([
      { field: "dueDate", value: { kind: "day", iso: "2026-12-03" } },
      { field: "cooperatingDepartmentIds", value: { kind: "list", items: [{ kind: "ref", id: DEPT }] } },
    ]);
    expect(auditValue("until", "2026-12-06T10:00:00.000Z")).toEqual({ kind: "moment", iso: "2026-12-06T10:00:00.000Z" });
    expect(auditValue("kind", "urge")).toEqual({ kind: "code", namespace: "noticeKinds", code: "urge" });
    expect(describeAuditData("auth.sign_in", { sessionId: USER, login: "leader", method: "account" })).toHaveLength(2);
    expect(describeAuditData("x", "not an object")).toEqual([]);
  });
});

describe("the audit catalogue", () => {
  it("names every recorded action in Chinese and English", async () => {
    const { AUDIT_EVENTS } = await import("@/lib/domain/audit-events");
    const zh = (await import("@/messages/zh-CN")).default as unknown as { auditActions: Record<string, Record<string, string>> };
    const en = (await import("@/messages/en")).default as unknown as { auditActions: Record<string, Record<string, string>> };
    for (const action of Object.keys(AUDIT_EVENTS)) {
      const [head, tail] = action.split(".") as [string, string];
      expect(zh.auditActions[head]?.[tail], action).toBeTruthy();
      expect(en.auditActions[head]?.[tail], action).toBeTruthy();
    }
  }, 30_000);
});
