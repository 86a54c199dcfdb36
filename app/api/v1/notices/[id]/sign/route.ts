import { signNoticeEndpoint } from "@/lib/api/endpoints/notices";
import { noticeResult } from "@/lib/api/notice-result";
import { apiRoute } from "@/lib/api/route";
import { signNotice } from "@/lib/services/notices/act-on-notice";

export const POST = apiRoute(signNoticeEndpoint, async ({ params, body }, actor) => noticeResult(await signNotice(actor, { ...body, id: params.id })));
