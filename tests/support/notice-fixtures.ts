import { issueNotice } from "@/lib/services/notices/issue-notice";
import { ZNoticeIssueSchema, type TNoticeIssueInput } from "@/lib/validation/notices";
import { actorFor, departmentId } from "./fixtures";

/** A notice about these tasks to 区司法局, issued by the supervisor through the real service. */
export async function makeNotice(taskIds: string[], fields: Partial<TNoticeIssueInput> = {}) {
  return issueNotice(
    await actorFor("supervisor"),
    ZNoticeIssueSchema.parse({
      kind: "urge",
      departmentId: await departmentId("区司法局"),
      taskIds,
      content: "请抓紧办理并反馈。",
      responseDueDate: "2099-01-31",
      ...fields,
    }),
  );
}
