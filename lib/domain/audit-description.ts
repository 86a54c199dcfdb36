import { isId } from "@/lib/validation/common";
import { AUDIT_DISPLAY, type TAuditCodes, type TAuditFields, type TAuditFormat, type TAuditRowSpec } from "./audit-display";
import { isAuditAction, readAuditData } from "./audit-events";

// An audit event's data in words (系统管理 › 审计日志): the event is read
// through its action's schema, then laid out as its action declares
// (audit-display.ts) — a label per field, a change as before → after, codes
// named, days and instants written as dates, ids of departments and people
// resolved to names by the page. Pure: the page supplies the names, the
// component the words.

export type TAuditValue =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "bool"; value: boolean }
  | { kind: "day"; iso: string }
  | { kind: "moment"; iso: string }
  | { kind: "code"; namespace: TAuditCodes; code: string }
  | { kind: "ref"; id: string }
  | { kind: "list"; items: TAuditValue[] };

export type TAuditRow = { field: string; value: TAuditValue } | { field: string; before: TAuditValue; after: TAuditValue };

const MAX_TEXT = 500;

const clip = (text: string): TAuditValue => ({ kind: "text", text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text });
const itemsOf = (raw: unknown): unknown[] => (Array.isArray(raw) ? raw : [raw]);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function titleOf(item: unknown): TAuditValue {
  if (isRecord(item)) return auditValue("text", item.title ?? item.name);
  return auditValue("text", item);
}

/** One recorded value, read as its action declares. */
export function auditValue(format: TAuditFormat, raw: unknown): TAuditValue {
  if (raw === null || raw === undefined || raw === "") return { kind: "empty" };
  if (typeof format === "object") {
    if (Array.isArray(raw)) return { kind: "list", items: raw.map((item) => auditValue(format, item)) };
    return { kind: "code", namespace: format.code, code: String(raw) };
  }
  switch (format) {
    case "number":
      return typeof raw === "number" ? { kind: "number", value: raw } : clip(String(raw));
    case "bool":
      return typeof raw === "boolean" ? { kind: "bool", value: raw } : clip(String(raw));
    case "day":
      return { kind: "day", iso: String(raw) };
    case "moment":
      return { kind: "moment", iso: String(raw) };
    case "ref":
      return typeof raw === "string" && isId(raw) ? { kind: "ref", id: raw } : clip(String(raw));
    case "refs":
      return { kind: "list", items: itemsOf(raw).map((item) => auditValue("ref", item)) };
    case "list":
      return { kind: "list", items: itemsOf(raw).map((item) => auditValue("text", item)) };
    case "titles":
      return { kind: "list", items: itemsOf(raw).map(titleOf) };
    case "count":
      return { kind: "number", value: itemsOf(raw).length };
    case "json":
      return clip(JSON.stringify(raw));
    case "text":
      return clip(typeof raw === "string" ? raw : JSON.stringify(raw));
  }
}

function rowsOf(spec: TAuditRowSpec, data: Record<string, unknown>): TAuditRow[] {
  if ("show" in spec) return spec.show in data ? [{ field: spec.label ?? spec.show, value: auditValue(spec.as, data[spec.show]) }] : [];
  if ("change" in spec) {
    const [from, to] = spec.change;
    return [{ field: spec.label, before: auditValue(spec.as, data[from]), after: auditValue(spec.as, data[to]) }];
  }
  if ("each" in spec) {
    const record = isRecord(data[spec.each]) ? (data[spec.each] as Record<string, unknown>) : {};
    return fieldsIn(spec.fields, [record]).map(([field, as]) => ({ field, value: auditValue(as, record[field]) }));
  }
  const before = isRecord(data[spec.pairs[0]]) ? (data[spec.pairs[0]] as Record<string, unknown>) : {};
  const after = isRecord(data[spec.pairs[1]]) ? (data[spec.pairs[1]] as Record<string, unknown>) : {};
  return fieldsIn(spec.fields, [before, after]).map(([field, as]) => ({ field, before: auditValue(as, before[field]), after: auditValue(as, after[field]) }));
}

/** The declared fields any of the records holds, in the declared order. */
function fieldsIn(fields: TAuditFields, records: Record<string, unknown>[]): [string, TAuditFormat][] {
  return Object.entries(fields).filter(([field]) => records.some((record) => field in record));
}

/**
 * The rows of one event's data, as its action declares them; null when the
 * action is not in the vocabulary or its data does not match its schema (an
 * older shape): the view then offers the raw record alone.
 */
export function describeAuditData(action: string, data: unknown): TAuditRow[] | null {
  if (!isAuditAction(action)) return null;
  const read = readAuditData(action, data);
  if (!read) return null;
  return AUDIT_DISPLAY[action].flatMap((spec: TAuditRowSpec) => rowsOf(spec, read));
}

/** Every id the rows name, for the page to look up. */
export function referencedIds(rows: TAuditRow[] | null): string[] {
  const ids = new Set<string>();
  const walk = (value: TAuditValue) => {
    if (value.kind === "ref") ids.add(value.id);
    if (value.kind === "list") value.items.forEach(walk);
  };
  for (const row of rows ?? []) ("value" in row ? [row.value] : [row.before, row.after]).forEach(walk);
  return [...ids];
}
