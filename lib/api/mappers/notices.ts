import type { TNotice } from "@/db/schema";
import type { z } from "@/lib/validation/zod";
import { isoOrNull } from "../schemas/common";
import type { ZApiNotice } from "../schemas/notices";

export function toApiNotice(notice: TNotice, taskIds: string[]): z.input<typeof ZApiNotice> {
  return {
    id: notice.id,
    number: notice.number,
    kind: notice.kind,
    status: notice.status,
    version: notice.version,
    departmentId: notice.departmentId,
    taskIds,
    title: notice.title,
    content: notice.content,
    response: notice.response,
    responseDueDate: notice.responseDueDate,
    issuedAt: isoOrNull(notice.issuedAt),
  };
}
