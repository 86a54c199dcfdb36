import { describe, expect, it } from "vitest";
import { taskCapabilities, type TTaskCapabilitySubject } from "@/lib/domain/capabilities/task";
import type { TRole, TTaskStatus } from "@/lib/domain/codes";

// The prepared 办结申请 (issue 12) as a matrix: role × department × task state → the capability
// and, when refused, the refusal's code and message (what the page shows and the service throws).

const LEAD = "dept-lead";
const COOP = "dept-coop";
const context = { today: "2026-12-06", extensionMaxRequests: 2, completionRequiresAllMilestones: false };
type TState = { status?: TTaskStatus; draft?: boolean; pending?: boolean; reports?: number };
const subject = ({ status = "in_progress", draft = false, pending = false, reports = 1 }: TState): TTaskCapabilitySubject => ({
  status,
  leadDepartmentId: LEAD,
  dueDate: "2026-12-31",
  progressReportCount: reports,
  cooperatingDepartmentIds: [COOP],
  extensions: { pending, made: pending ? 1 : 0 },
  openMilestones: 0,
  progress: 100,
  preparedCompletion: draft,
});
const WHO: Record<string, { roles: TRole[]; departmentId: string | null }> = {
  officer: { roles: ["dept_officer"], departmentId: LEAD },
  head: { roles: ["dept_head"], departmentId: LEAD },
  coopOfficer: { roles: ["dept_officer"], departmentId: COOP },
  coopHead: { roles: ["dept_head"], departmentId: COOP },
  supervisor: { roles: ["supervisor"], departmentId: null },
  leader: { roles: ["leader"], departmentId: null },
};

function outcome(state: TState, who: keyof typeof WHO, key: "prepareCompletion" | "submitPrepared" | "discardCompletion"): string {
  const capability = taskCapabilities(subject(state), WHO[who]!, context)[key];
  return capability.allowed ? "ok" : `${capability.reason.code}:${capability.reason.message}`;
}

// [state, who, prepareCompletion, submitPrepared, discardCompletion]
const MATRIX: [string, TState, keyof typeof WHO, string, string, string][] = [
  ["ready, no draft", {}, "officer", "ok", "FORBIDDEN:forbidden", "CONFLICT:noCompletionDraft"],
  ["ready, no draft", {}, "head", "FORBIDDEN:forbidden", "CONFLICT:noCompletionDraft", "CONFLICT:noCompletionDraft"],
  ["ready, draft", { draft: true }, "officer", "ok", "FORBIDDEN:forbidden", "ok"],
  ["ready, draft", { draft: true }, "head", "FORBIDDEN:forbidden", "ok", "ok"],
  ["ready, draft", { draft: true }, "coopOfficer", "FORBIDDEN:notLeadDepartment", "FORBIDDEN:forbidden", "FORBIDDEN:notLeadDepartment"],
  ["ready, draft", { draft: true }, "coopHead", "FORBIDDEN:forbidden", "FORBIDDEN:notLeadDepartment", "FORBIDDEN:notLeadDepartment"],
  ["ready, draft", { draft: true }, "supervisor", "FORBIDDEN:forbidden", "FORBIDDEN:forbidden", "FORBIDDEN:forbidden"],
  ["ready, draft", { draft: true }, "leader", "FORBIDDEN:forbidden", "FORBIDDEN:forbidden", "FORBIDDEN:forbidden"],
  ["extension pending", { draft: true, pending: true }, "officer", "CONFLICT:submitWhileExtensionPending", "FORBIDDEN:forbidden", "ok"],
  ["extension pending", { draft: true, pending: true }, "head", "FORBIDDEN:forbidden", "CONFLICT:submitWhileExtensionPending", "ok"],
  ["no progress report", { reports: 0 }, "officer", "RULE:progressReportRequired", "FORBIDDEN:forbidden", "CONFLICT:noCompletionDraft"],
  ["assigned", { status: "assigned" }, "officer", "CONFLICT:wrongStatus", "FORBIDDEN:forbidden", "CONFLICT:noCompletionDraft"],
  ["submitted", { status: "submitted", draft: true }, "head", "FORBIDDEN:forbidden", "CONFLICT:wrongStatus", "ok"],
  ["completed", { status: "completed" }, "officer", "CONFLICT:wrongStatus", "FORBIDDEN:forbidden", "CONFLICT:noCompletionDraft"],
];

describe("prepared 办结申请 capabilities", () => {
  it.each(MATRIX)("%s, %s: prepare %s · submit %s · discard %s", (_name, state, who, prepare, submit, discard) => {
    expect([outcome(state, who, "prepareCompletion"), outcome(state, who, "submitPrepared"), outcome(state, who, "discardCompletion")]).toEqual([prepare, submit, discard]);
  });

  it("judges the officer's draft by 申请办结's own setting: open milestones refuse it when the setting says so", () => {
    const strict = { ...context, completionRequiresAllMilestones: true };
    const capability = taskCapabilities({ ...subject({}), openMilestones: 1 }, WHO.officer!, strict).prepareCompletion;
    expect(capability).toMatchObject({ allowed: false, reason: { code: "RULE", message: "submitIncomplete" } });
  });
});
