import { applyNoticeAction, NOTICE_ACTIONS, type TNoticeAction, type TNoticeRefusal, type TNoticeSubject } from "@/lib/domain/notice-rules";
import { can } from "@/lib/domain/permissions";
import type { TScopedActor } from "@/lib/domain/scope";
import { ALLOWED, firstRefusal, refuse, type TCapability, type TRefused } from "./refusal";

export type TNoticeCapability = TNoticeAction | "sendDraft" | "writeInstruction";

/** How the notice rule's refusals read (shared with the notice services). */
export function noticeRefusal(refusal: TNoticeRefusal): TRefused {
  switch (refusal) {
    case "forbidden_role":
      return refuse("FORBIDDEN", "forbidden");
    case "wrong_department":
      return refuse("FORBIDDEN", "notRecipientDepartment");
    case "wrong_status":
      return refuse("CONFLICT", "noticeWrongStatus");
  }
}

/**
 * Everything one may do to a notice, decided once: the notice page renders
 * it and the services assert the same rule (applyNoticeAction).
 */
export function noticeCapabilities(notice: TNoticeSubject, actor: TScopedActor): Record<TNoticeCapability, TCapability> {
  const actions = Object.fromEntries(
    NOTICE_ACTIONS.map((action) => {
      const result = applyNoticeAction(notice, action, actor);
      return [action, result.ok ? ALLOWED : noticeRefusal(result.refusal)];
    }),
  ) as Record<TNoticeAction, TCapability>;
  return {
    ...actions,
    // A draft (from the daily job) is reviewed and sent by whoever issues notices.
    sendDraft: firstRefusal(!can(actor, "notice:issue") && refuse("FORBIDDEN", "forbidden"), notice.status !== "draft" && refuse("CONFLICT", "noticeWrongStatus")),
    writeInstruction: firstRefusal(!can(actor, "instruction:write") && refuse("FORBIDDEN", "forbidden")),
  };
}
