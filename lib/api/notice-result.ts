import { noticeTaskIds } from "@/db/queries/notices/notice-task-ids";
import type { TNotice } from "@/db/schema";
import { toApiNotice } from "./mappers/notices";

/** A notice after an action, with the tasks it names. */
export async function noticeResult(notice: TNotice) {
  return toApiNotice(notice, (await noticeTaskIds([notice.id])).get(notice.id) ?? []);
}
