import { issueNoticeEndpoint } from "@/lib/api/endpoints/notices";
import { toApiNotice } from "@/lib/api/mappers/notices";
import { apiRoute } from "@/lib/api/route";
import { issueNotice } from "@/lib/services/notices/issue-notice";

export const POST = apiRoute(issueNoticeEndpoint, async ({ body }, actor) => {
  const notice = await issueNotice(actor, body);
  return toApiNotice(notice, [...new Set(body.taskIds)]);
});
