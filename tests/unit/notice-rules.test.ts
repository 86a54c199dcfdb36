import { describe, expect, it } from "vitest";
import { NOTICE_STATUSES, ROLES, type TNoticeKind } from "@/lib/domain/codes";
import { applyNoticeAction, formatNoticeNumber, isResponseLate, NOTICE_ACTIONS, nextRung } from "@/lib/domain/notice-rules";

describe("escalation ladder", () => {
  it.each([
    [[], "reminder"],
    [["reminder"], "urge"],
    [["reminder", "urge"], "supervise"],
    [["urge"], "supervise"],
    [["supervise", "reminder"], "circular"],
    [["circular"], "interview"],
    [["interview"], "interview"],
    [["reminder", "urge", "supervise", "circular", "interview"], "interview"],
  ] as [TNoticeKind[], TNoticeKind][])("after %j offers %s", (sent, next) => {
    expect(nextRung(sent)).toBe(next);
  });
});

describe("notice numbers", () => {
  it("follow the official format", () => {
    expect(formatNoticeNumber("梁法督", 2026, 7)).toBe("梁法督〔2026〕7号");
    expect(formatNoticeNumber("商法督", 2027, 123)).toBe("商法督〔2027〕123号");
  });
});

describe("notice lifecycle: every status × action × role × department", () => {
  const own = "dept-a";
  const SPEC = {
    sign: { from: ["issued"], roles: ["dept_head"], recipient: true, to: "signed" },
    draft_response: { from: ["signed"], roles: ["dept_head", "dept_officer"], recipient: true, to: "signed" },
    respond: { from: ["signed"], roles: ["dept_head"], recipient: true, to: "responded" },
    close: { from: ["responded"], roles: ["admin", "supervisor"], recipient: false, to: "closed" },
    send_back: { from: ["responded"], roles: ["admin", "supervisor"], recipient: false, to: "signed" },
  } as const;
  for (const status of NOTICE_STATUSES) {
    for (const action of NOTICE_ACTIONS) {
      for (const role of ROLES) {
        for (const departmentId of [own, "dept-b"]) {
          it(`${action} on ${status} by ${role} of ${departmentId}`, () => {
            const spec = SPEC[action];
            const result = applyNoticeAction({ kind: "urge", status, departmentId: own }, action, { roles: [role], departmentId });
            const roleOk = (spec.roles as readonly string[]).includes(role);
            const deptOk = !spec.recipient || departmentId === own;
            const statusOk = (spec.from as readonly string[]).includes(status);
            if (!roleOk) expect(result).toEqual({ ok: false, refusal: "forbidden_role" });
            else if (!deptOk) expect(result).toEqual({ ok: false, refusal: "wrong_department" });
            else if (!statusOk) expect(result).toEqual({ ok: false, refusal: "wrong_status" });
            else expect(result).toEqual({ ok: true, to: spec.to });
          });
        }
      }
    }
  }

  it("closes a circular straight from issued, and no department signs or answers one", () => {
    const circular = { kind: "circular" as const, status: "issued" as const, departmentId: null };
    expect(applyNoticeAction(circular, "close", { roles: ["supervisor"], departmentId: null })).toEqual({ ok: true, to: "closed" });
    expect(applyNoticeAction(circular, "sign", { roles: ["dept_head"], departmentId: own })).toEqual({ ok: false, refusal: "wrong_department" });
  });
});

describe("late responses", () => {
  const notice = { status: "signed" as const, kind: "urge" as const, responseDueDate: "2026-03-10", respondedDay: null };
  it("are late once the date has passed without an answer, not on the day", () => {
    expect(isResponseLate(notice, "2026-03-10")).toBe(false);
    expect(isResponseLate(notice, "2026-03-11")).toBe(true);
  });
  it("are judged by the day of the answer", () => {
    expect(isResponseLate({ ...notice, status: "responded", respondedDay: "2026-03-10" }, "2026-04-01")).toBe(false);
    expect(isResponseLate({ ...notice, status: "closed", respondedDay: "2026-03-12" }, "2026-04-01")).toBe(true);
  });
  it("never apply to circulars or notices without a date", () => {
    expect(isResponseLate({ ...notice, kind: "circular" }, "2027-01-01")).toBe(false);
    expect(isResponseLate({ ...notice, responseDueDate: null }, "2027-01-01")).toBe(false);
  });
});
