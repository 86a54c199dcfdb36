import type { TNoticeKind, TNoticeStatus } from "./codes";
import { visibleDepartmentIds, type TScopedActor } from "./scope";

export type TNoticeAddress = { kind: TNoticeKind; status: TNoticeStatus; departmentId: string | null };

/**
 * Whether the actor may see a notice: supervisors and leaders see all; a
 * department sees issued notices addressed to it and every circular (a
 * circular has no recipient department). Drafts stay with the supervisors.
 * The same rule as the notice list's WHERE (db/queries/notice-list.ts).
 */
export function isNoticeVisible(actor: TScopedActor, notice: TNoticeAddress): boolean {
  const visible = visibleDepartmentIds(actor);
  if (visible === null) return true;
  if (notice.status === "draft") return false;
  if (notice.kind === "circular" || notice.departmentId === null) return true;
  return visible.includes(notice.departmentId);
}
