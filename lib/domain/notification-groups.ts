/** The inbox's filter: a notification kind's first part (task.reject → task). */
export const NOTIFICATION_GROUPS = ["task", "extension", "notice", "reminder", "instruction"] as const;
export type TNotificationGroup = (typeof NOTIFICATION_GROUPS)[number];

export function isNotificationGroup(value: string | undefined): value is TNotificationGroup {
  return (NOTIFICATION_GROUPS as readonly string[]).includes(value ?? "");
}

/** Kinds whose body is the sender's reason (退回, 退回整改, 反馈被退回 …): shown in full, labelled. */
export const REASON_KINDS: readonly string[] = ["task.decline", "task.reject", "task.completion_returned", "task.reopen", "task.cancel", "notice.send_back", "extension.rejected", "extension.approved"];
