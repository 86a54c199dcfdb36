import { respondNoticeEndpoint } from "@/lib/api/endpoints/notices";
import { noticeResult } from "@/lib/api/notice-result";
import { apiRoute } from "@/lib/api/route";
import { respondToNotice } from "@/lib/services/notices/act-on-notice";

export const POST = apiRoute(respondNoticeEndpoint, async ({ params, body }, actor) =>
  noticeResult(await respondToNotice(actor, { ...body, id: params.id, attachmentIds: [] })),
);
