import { describe, expect, it } from "vitest";
import { z } from "zod";
import { auditValue, describeAuditData, referencedIds } from "@/lib/domain/audit-description";
import { AUDIT_DISPLAY, type TAuditRowSpec } from "@/lib/domain/audit-display";
import { AUDIT_EVENTS, type TAuditAction } from "@/lib/domain/audit-events";

const DEPT = "2f1c6a52-4b1e-4c7e-9a55-0d7f1b2c3d4e";
const USER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const TASK = "0b6e3f1a-7c2d-4e5f-8a9b-1c2d3e4f5a6b";
const PLAN = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
const code = (namespace: string, value: string) => ({ kind: "code", namespace, code: value });

describe("an audit event's data in words", () => {
  it("shows a task transition as status before → after, with its reason and the rejected note", () => {
    expect(describeAuditData("task.reject", { from: "submitted", to: "in_progress", reason: "佐证不足", rejectedNote: "已完成" })).toEqual([
      { field: "status", before: code("taskStatuses", "submitted"), after: code("taskStatuses", "in_progress") },
      { field: "reason", value: { kind: "text", text: "佐证不足" } },
      { field: "rejectedNote", value: { kind: "text", text: "已完成" } },
    ]);
  });

  it("names notice statuses as the notice's, an extension's dates as the due date, an owner change as people", () => {
    expect(describeAuditData("notice.send_back", { from: "responded", to: "signed", reason: "不全" })).toEqual([
      { field: "status", before: code("noticeStatuses", "responded"), after: code("noticeStatuses", "signed") },
      { field: "reason", value: { kind: "text", text: "不全" } },
    ]);
    expect(describeAuditData("task.extension_approve", { requestId: USER, from: "2026-06-30", to: "2026-09-30", reason: null })).toEqual([
      { field: "dueDate", before: { kind: "day", iso: "2026-06-30" }, after: { kind: "day", iso: "2026-09-30" } },
      { field: "reason", value: { kind: "empty" } },
    ]);
    expect(describeAuditData("task.set_owner", { from: null, to: USER })).toEqual([{ field: "owner", before: { kind: "empty" }, after: { kind: "ref", id: USER } }]);
  });

  it("pairs an account's before and after field by field, roles and statuses as codes, and counts what it revoked", () => {
    const account = { account: "wangwu", name: "王五", phone: null, status: "active" };
    const rows = describeAuditData("user.update", {
      before: { ...account, departmentId: DEPT, roles: ["dept_officer"] },
      after: { ...account, departmentId: null, roles: ["dept_head"] },
      sessionsRevoked: 2,
      tokensRevoked: 0,
    });
    expect(rows).toEqual([
      { field: "account", before: { kind: "text", text: "wangwu" }, after: { kind: "text", text: "wangwu" } },
      { field: "name", before: { kind: "text", text: "王五" }, after: { kind: "text", text: "王五" } },
      { field: "phone", before: { kind: "empty" }, after: { kind: "empty" } },
      { field: "departmentId", before: { kind: "ref", id: DEPT }, after: { kind: "empty" } },
      { field: "roles", before: { kind: "list", items: [code("roles", "dept_officer")] }, after: { kind: "list", items: [code("roles", "dept_head")] } },
      { field: "status", before: code("userStatuses", "active"), after: code("userStatuses", "active") },
      { field: "sessionsRevoked", value: { kind: "number", value: 2 } },
      { field: "tokensRevoked", value: { kind: "number", value: 0 } },
    ]);
    expect(referencedIds(rows)).toEqual([DEPT]);
  });

  it("pairs only the department fields a change touched", () => {
    expect(describeAuditData("department.deactivate", { before: { isActive: true }, after: { isActive: false } })).toEqual([
      { field: "isActive", before: { kind: "bool", value: true }, after: { kind: "bool", value: false } },
    ]);
  });

  it("lists a task edit's changed fields and hides the version it started from", () => {
    expect(describeAuditData("task.update", { fromVersion: 3, fields: { dueDate: "2026-12-03", cooperatingDepartmentIds: [DEPT], milestones: [{ title: "初稿", dueDate: null }] }, previousLeadDepartmentId: null })).toEqual([
      { field: "cooperatingDepartmentIds", value: { kind: "list", items: [{ kind: "ref", id: DEPT }] } },
      { field: "dueDate", value: { kind: "day", iso: "2026-12-03" } },
      { field: "milestones", value: { kind: "list", items: [{ kind: "text", text: "初稿" }] } },
      { field: "previousLeadDepartmentId", value: { kind: "empty" } },
    ]);
  });

  it("reads a carried task's two changes and names its successor and plan", () => {
    const rows = describeAuditData("task.carry_over", { from: "in_progress", to: "carried_over", successorId: TASK, targetPlanId: PLAN, dueDate: "2026-06-30", newDueDate: "2027-06-30" });
    expect(rows?.map((row) => row.field)).toEqual(["status", "dueDate", "successorId", "targetPlanId"]);
    expect(referencedIds(rows)).toEqual([TASK, PLAN]);
  });

  it("shows sign-ins by login, method and reason as words, and leaves session ids out", () => {
    expect(describeAuditData("auth.sign_in_failed", { login: "leader", method: "account", reason: "password" })).toEqual([
      { field: "login", value: { kind: "text", text: "leader" } },
      { field: "method", value: code("auditWords.signInMethods", "account") },
      { field: "reason", value: code("auditWords.signInReasons", "password") },
    ]);
    expect(describeAuditData("auth.sign_in", { sessionId: USER, login: "leader", method: "account" })).toHaveLength(2);
    expect(describeAuditData("auth.sign_out", { sessionId: USER })).toEqual([]);
    expect(describeAuditData("attachment.link", { attachmentIds: [USER, DEPT], taskId: TASK, progressReportId: null })).toEqual([{ field: "attachments", value: { kind: "number", value: 2 } }]);
  });

  it("reads nothing into an event outside the vocabulary or in an older shape", () => {
    expect(describeAuditData("department.probe", { i: 1 })).toBeNull();
    expect(describeAuditData("task.set_owner", { from: 1 })).toBeNull();
    expect(describeAuditData("task.reject", "not an object")).toBeNull();
    expect(referencedIds(null)).toEqual([]);
  });

  it("writes each format: instants, ids only when they are ids, long text clipped", () => {
    expect(auditValue("moment", "2026-12-06T10:00:00.000Z")).toEqual({ kind: "moment", iso: "2026-12-06T10:00:00.000Z" });
    expect(auditValue({ code: "noticeKinds" }, "urge")).toEqual(code("noticeKinds", "urge"));
    expect(auditValue("ref", "not-an-id")).toEqual({ kind: "text", text: "not-an-id" });
    expect(auditValue("json", { overdue: true })).toEqual({ kind: "text", text: '{"overdue":true}' });
    expect(auditValue("text", "字".repeat(600))).toEqual({ kind: "text", text: `${"字".repeat(500)}…` });
  });
});

/** The fields a spec reads at the top of an event's data. */
const topFields = (spec: TAuditRowSpec): string[] => ("show" in spec ? [spec.show] : "change" in spec ? [...spec.change] : "each" in spec ? [spec.each] : [...spec.pairs]);

describe("the audit vocabulary as the log shows it", () => {
  it("describes every action, reading only fields its schema records", () => {
    expect(Object.keys(AUDIT_DISPLAY).sort()).toEqual(Object.keys(AUDIT_EVENTS).sort());
    for (const [action, specs] of Object.entries(AUDIT_DISPLAY) as [TAuditAction, readonly TAuditRowSpec[]][]) {
      const shape = (AUDIT_EVENTS[action] as z.ZodObject).shape;
      for (const field of specs.flatMap(topFields)) expect(Object.keys(shape), `${action}: ${field}`).toContain(field);
    }
  });

  it("names every recorded action and every label in Chinese and English", async () => {
    const zh = (await import("@/messages/zh-CN")).default as unknown as Record<string, Record<string, Record<string, string>>>;
    const en = (await import("@/messages/en")).default as unknown as Record<string, Record<string, Record<string, string>>>;
    for (const action of Object.keys(AUDIT_EVENTS)) {
      const [head, tail] = action.split(".") as [string, string];
      expect(zh.auditActions![head]?.[tail], action).toBeTruthy();
      expect(en.auditActions![head]?.[tail], action).toBeTruthy();
    }
    const labels = Object.values(AUDIT_DISPLAY).flatMap((specs: readonly TAuditRowSpec[]) =>
      specs.flatMap((spec) => ("show" in spec ? [spec.label ?? spec.show] : "change" in spec ? [spec.label] : Object.keys(spec.fields))),
    );
    for (const label of new Set(labels)) {
      expect(zh.auditFields![label], label).toBeTruthy();
      expect(en.auditFields![label], label).toBeTruthy();
    }
  }, 30_000);
});
