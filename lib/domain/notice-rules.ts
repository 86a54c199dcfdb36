import { daysBetween } from "./calendar";
import type { TNoticeKind, TNoticeStatus } from "./codes";
import { can, type TPermission } from "./permissions";
import { actsForDepartment, type TScopedActor } from "./scope";

// 督办 escalation: each rung is a stronger notice than the one before.
export const NOTICE_LADDER = ["reminder", "urge", "supervise", "circular", "interview"] as const satisfies readonly TNoticeKind[];

/** The rung to offer next for a task, given the kinds of notice already sent about it. */
export function nextRung(sentKinds: readonly TNoticeKind[]): TNoticeKind {
  const highest = Math.max(-1, ...sentKinds.map((kind) => NOTICE_LADDER.indexOf(kind)));
  return NOTICE_LADDER[Math.min(highest + 1, NOTICE_LADDER.length - 1)]!;
}

/** 梁法督〔2026〕7号 */
export function formatNoticeNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}

export const NOTICE_ACTIONS = ["sign", "draft_response", "respond", "close", "send_back"] as const;
export type TNoticeAction = (typeof NOTICE_ACTIONS)[number];

type TNoticeRule = {
  from: readonly TNoticeStatus[];
  to: TNoticeStatus | null;
  permission: TPermission;
  /** "recipient": only people of the addressed department; "any": whoever holds the permission. */
  scope: "recipient" | "any";
};

// A circular (通报) informs every department and asks no answer: it goes
// from issued straight to closed. Other notices are signed and answered.
export const NOTICE_RULES = {
  sign: { from: ["issued"], to: "signed", permission: "notice:sign", scope: "recipient" },
  draft_response: { from: ["signed"], to: null, permission: "notice:draft_response", scope: "recipient" },
  respond: { from: ["signed"], to: "responded", permission: "notice:respond", scope: "recipient" },
  close: { from: ["responded"], to: "closed", permission: "notice:close", scope: "any" },
  send_back: { from: ["responded"], to: "signed", permission: "notice:close", scope: "any" },
} as const satisfies Record<TNoticeAction, TNoticeRule>;

export type TNoticeSubject = { kind: TNoticeKind; status: TNoticeStatus; departmentId: string | null };
export type TNoticeRefusal = "forbidden_role" | "wrong_department" | "wrong_status";

export function applyNoticeAction(
  notice: TNoticeSubject,
  action: TNoticeAction,
  actor: TScopedActor,
): { ok: true; to: TNoticeStatus } | { ok: false; refusal: TNoticeRefusal } {
  const rule: TNoticeRule = NOTICE_RULES[action];
  if (!can(actor, rule.permission)) return { ok: false, refusal: "forbidden_role" };
  if (rule.scope === "recipient" && (notice.kind === "circular" || !actsForDepartment(actor, notice.departmentId))) {
    return { ok: false, refusal: "wrong_department" };
  }
  const from = notice.kind === "circular" && action === "close" ? ["issued"] : rule.from;
  if (!from.includes(notice.status)) return { ok: false, refusal: "wrong_status" };
  return { ok: true, to: rule.to ?? notice.status };
}

export function availableNoticeActions(notice: TNoticeSubject, actor: TScopedActor): TNoticeAction[] {
  return NOTICE_ACTIONS.filter((action) => applyNoticeAction(notice, action, actor).ok);
}

/**
 * 逾期反馈: answered after the response date, or still unanswered once it has
 * passed (in the app's time zone; the due day itself is on time).
 */
export function isResponseLate(
  notice: { status: TNoticeStatus; kind: TNoticeKind; responseDueDate: string | null; respondedDay: string | null },
  today: string,
): boolean {
  if (!notice.responseDueDate || notice.kind === "circular" || notice.status === "draft") return false;
  const answeredOn = notice.respondedDay ?? (notice.status === "closed" ? null : today);
  return answeredOn !== null && daysBetween(notice.responseDueDate, answeredOn) > 0;
}
