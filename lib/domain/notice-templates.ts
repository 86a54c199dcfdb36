import { formatDay } from "@/lib/format";
import type { TNoticeKind } from "./codes";

// The opening text a supervisor starts from when escalating a task; always
// edited before sending. Official documents are in Chinese whatever the UI language.
export function noticeTemplate(
  kind: TNoticeKind,
  subject: { taskTitle: string; dueDate: string | null; departmentName: string | null; overdueDays?: number },
) {
  const task = `“${subject.taskTitle.slice(0, 80)}”`;
  const due = subject.dueDate ? `（完成时限：${formatDay(subject.dueDate, "zh-CN")}）` : "";
  const late = subject.overdueDays ? `，已逾期${subject.overdueDays}天` : "";
  switch (kind) {
    case "reminder":
      return {
        title: `关于${task}任务的提醒函`,
        content: `你单位牵头的${task}任务${due}即将到期或进度滞后。请对照工作要求，抓紧推进，按时报送进展情况和佐证材料。`,
      };
    case "urge":
      return {
        title: `关于督促办理${task}的催办通知`,
        content: `你单位牵头的${task}任务${due}至今未按要求完成${late}。请高度重视，明确责任人和时间节点，加快推进，并于反馈时限前书面报告办理进展、存在问题及下一步措施。`,
      };
    case "supervise":
      return {
        title: `督办单：${task}`,
        content: `经督查，你单位牵头的${task}任务${due}推进不力。现列入重点督办，请主要负责同志亲自部署，逐项整改，并于反馈时限前报送整改情况。逾期未整改的，将予以通报。`,
      };
    case "circular":
      return {
        title: `关于${task}等任务推进不力情况的通报`,
        content: `经督查，${subject.departmentName ?? "相关单位"}牵头的${task}任务${due}经提醒、催办、督办后仍未完成。现予以通报。各单位要引以为戒，举一反三，确保法治政府建设各项任务按期完成。`,
      };
    case "interview":
      return {
        title: `约谈通知`,
        content: `因你单位牵头的${task}任务${due}经多次督办仍未完成，定于反馈时限前对你单位主要负责同志进行约谈。请准备书面情况说明，按时参加。`,
      };
  }
}
