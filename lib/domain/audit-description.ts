import { NOTICE_KINDS, NOTICE_STATUSES, ROLES, TASK_STATUSES } from "./codes";

// An audit event's data in words (系统管理 › 审计日志): each recorded field
// labelled, a change as before → after, codes named, days and instants
// written as dates, ids of departments and people resolved to names by the
// page. Pure: the page supplies the names, the component the words.

export type TAuditValue =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "bool"; value: boolean }
  | { kind: "day"; iso: string }
  | { kind: "moment"; iso: string }
  | { kind: "code"; namespace: "taskStatuses" | "noticeStatuses" | "noticeKinds" | "roles"; code: string }
  | { kind: "ref"; id: string }
  | { kind: "list"; items: TAuditValue[] };

export type TAuditRow = { field: string; value: TAuditValue } | { field: string; before: TAuditValue; after: TAuditValue };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TEXT = 500;

// Ids that mean nothing to a reader (the object itself is linked in its own column).
const HIDDEN = new Set(["fromVersion", "requestId", "reportId", "milestoneId", "sessionId", "tokenId", "instructionId", "paragraphId", "attachmentIds", "draftId", "replacedDraftId"]);

/** What a transition's or a change's from/to are about, by the event's name. */
function subjectOf(action: string): string {
  if (action.startsWith("task.extension_")) return "dueDate";
  if (action === "task.set_owner") return "owner";
  if (action.startsWith("task.") || action.startsWith("notice.")) return "status";
  return "value";
}

function codeOf(field: string, text: string, action: string): TAuditValue | null {
  if (field === "status" && action.startsWith("notice.") && (NOTICE_STATUSES as readonly string[]).includes(text)) return { kind: "code", namespace: "noticeStatuses", code: text };
  if (field === "status" && (TASK_STATUSES as readonly string[]).includes(text)) return { kind: "code", namespace: "taskStatuses", code: text };
  if (field === "kind" && (NOTICE_KINDS as readonly string[]).includes(text)) return { kind: "code", namespace: "noticeKinds", code: text };
  if (field === "roles" && (ROLES as readonly string[]).includes(text)) return { kind: "code", namespace: "roles", code: text };
  return null;
}

export function auditValue(field: string, raw: unknown, action = ""): TAuditValue {
  if (raw === null || raw === undefined || raw === "") return { kind: "empty" };
  if (typeof raw === "boolean") return { kind: "bool", value: raw };
  if (typeof raw === "number") return { kind: "number", value: raw };
  if (Array.isArray(raw)) return { kind: "list", items: raw.map((item) => auditValue(field, item, action)) };
  if (typeof raw === "string") {
    const code = codeOf(field, raw, action);
    if (code) return code;
    if (ISO_DAY.test(raw)) return { kind: "day", iso: raw };
    if (ISO_MOMENT.test(raw) && !Number.isNaN(Date.parse(raw))) return { kind: "moment", iso: raw };
    if (UUID.test(raw)) return { kind: "ref", id: raw };
    return { kind: "text", text: raw.length > MAX_TEXT ? `${raw.slice(0, MAX_TEXT)}…` : raw };
  }
  return { kind: "text", text: JSON.stringify(raw).slice(0, MAX_TEXT) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The rows of one event's data, in its own order; changes first. */
export function describeAuditData(action: string, data: unknown): TAuditRow[] {
  if (!isRecord(data)) return [];
  const rows: TAuditRow[] = [];
  const used = new Set<string>();
  if (isRecord(data.before) && isRecord(data.after)) {
    const before = data.before;
    const after = data.after;
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (HIDDEN.has(field)) continue;
      rows.push({ field, before: auditValue(field, before[field], action), after: auditValue(field, after[field], action) });
    }
    used.add("before").add("after");
  }
  if ("from" in data && "to" in data && !isRecord(data.from) && !isRecord(data.to)) {
    const field = subjectOf(action);
    rows.push({ field, before: auditValue(field, data.from, action), after: auditValue(field, data.to, action) });
    used.add("from").add("to");
  }
  if (isRecord(data.fields)) {
    for (const [field, value] of Object.entries(data.fields)) if (!HIDDEN.has(field)) rows.push({ field, value: auditValue(field, value, action) });
    used.add("fields");
  }
  for (const [field, value] of Object.entries(data)) {
    if (used.has(field) || HIDDEN.has(field)) continue;
    rows.push({ field, value: auditValue(field, value, action) });
  }
  return rows;
}

/** Every id the rows name, for the page to look up. */
export function referencedIds(rows: TAuditRow[]): string[] {
  const ids = new Set<string>();
  const walk = (value: TAuditValue) => {
    if (value.kind === "ref") ids.add(value.id);
    if (value.kind === "list") value.items.forEach(walk);
  };
  for (const row of rows) ("value" in row ? [row.value] : [row.before, row.after]).forEach(walk);
  return [...ids];
}
