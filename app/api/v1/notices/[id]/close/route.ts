import { closeNoticeEndpoint } from "@/lib/api/endpoints/notices";
import { noticeResult } from "@/lib/api/notice-result";
import { apiRoute } from "@/lib/api/route";
import { closeNotice } from "@/lib/services/notices/act-on-notice";

export const POST = apiRoute(closeNoticeEndpoint, async ({ params, body }, actor) => noticeResult(await closeNotice(actor, { ...body, id: params.id })));
