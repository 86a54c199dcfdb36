/** The first word of an action code ("task" of "task.approve"): the audit viewer filters by it. */
export const AUDIT_CATEGORIES = [
  "auth",
  "user",
  "department",
  "token",
  "plan",
  "indicator",
  "task",
  "attachment",
  "notice",
  "instruction",
  "export",
  "job",
] as const;
export type TAuditCategory = (typeof AUDIT_CATEGORIES)[number];
