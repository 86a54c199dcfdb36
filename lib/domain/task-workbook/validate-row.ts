import type { TTaskPriority } from "@/lib/domain/codes";
import { type TTaskCreate, ZTaskCreateSchema } from "@/lib/validation/tasks";
import { cellDay, cellText, parseMilestones, type TCellValue } from "./cell-values";
import { resolveCodes, splitCodeList, type TCodeIndex } from "@/lib/domain/indicator-tags/codes";
import { splitDepartmentNames, TEMPLATE_COLUMNS, type TImportField } from "./columns";

/**
 * One problem of an import, where a person can find it: the sheet's row
 * number and the column's header as written in the file (both null for the
 * file as a whole). `key` is a message key from the root of the catalogue.
 */
export type TImportIssue = { row: number | null; column: string | null; key: string; params?: Record<string, string | number> | undefined };

export type TSheetRow = { row: number; cells: Partial<Record<TImportField, TCellValue>> };

export type TGoalMatch = { id: string } | "unknown" | "ambiguous";

/** What names in a sheet are matched against; department names exactly, active departments only. */
export type TImportLookups = {
  departmentIdByName: ReadonlyMap<string, string>;
  goalByText: (text: string) => TGoalMatch;
  priorityByLabel: ReadonlyMap<string, TTaskPriority>;
  /** The indicator frameworks' codes (指标 column). */
  indicatorIndex: TCodeIndex;
};

export type THeaderNames = Partial<Record<TImportField, string>>;

const FIELD_OF_PATH: Record<string, TImportField> = {
  title: "title",
  description: "description",
  goalId: "goal",
  leadDepartmentId: "lead",
  cooperatingDepartmentIds: "cooperating",
  dueDate: "dueDate",
  startDate: "startDate",
  priority: "priority",
  milestones: "milestones",
  indicatorCodes: "indicatorCodes",
};

export function columnName(field: TImportField, headers: THeaderNames): string {
  return headers[field] ?? TEMPLATE_COLUMNS.find((c) => c.field === field)!.header;
}

/**
 * A row of the sheet → the input of createTask, or every problem it has.
 * Names must match exactly (a near miss is reported, never guessed); lengths
 * and date order are checked by the same schema as the task form.
 */
export function validateImportRow(
  { row, cells }: TSheetRow,
  headers: THeaderNames,
  lookups: TImportLookups,
): { ok: true; input: TTaskCreate } | { ok: false; issues: TImportIssue[] } {
  const issues: TImportIssue[] = [];
  const fail = (field: TImportField, key: string, params?: Record<string, string | number>) =>
    issues.push({ row, column: columnName(field, headers), key, params });
  const text = (field: TImportField) => cellText(cells[field] ?? null);

  const leadName = text("lead");
  const leadDepartmentId = leadName ? (lookups.departmentIdByName.get(leadName) ?? null) : null;
  if (!leadName) fail("lead", "taskImportErrors.required");
  else if (!leadDepartmentId) fail("lead", "taskImportErrors.departmentUnknown", { name: leadName });

  const cooperatingDepartmentIds: string[] = [];
  for (const name of splitDepartmentNames(text("cooperating"))) {
    const id = lookups.departmentIdByName.get(name);
    if (id) cooperatingDepartmentIds.push(id);
    else fail("cooperating", "taskImportErrors.departmentUnknown", { name });
  }

  const day = (field: "dueDate" | "startDate") => {
    const value = cellDay(cells[field] ?? null);
    if (value === null) fail(field, "taskImportErrors.invalidDate", { value: text(field) });
    return value || null;
  };
  const dueDate = day("dueDate");
  if (dueDate === null && cellDay(cells.dueDate ?? null) === "") fail("dueDate", "taskImportErrors.required");
  const startDate = day("startDate");

  let goalId: string | null = null;
  const goalText = text("goal");
  if (goalText) {
    const match = lookups.goalByText(goalText);
    if (match === "unknown") fail("goal", "taskImportErrors.goalUnknown", { value: goalText });
    else if (match === "ambiguous") fail("goal", "taskImportErrors.goalAmbiguous", { value: goalText });
    else goalId = match.id;
  }

  const priorityText = text("priority");
  const priority = priorityText ? lookups.priorityByLabel.get(priorityText) : "normal";
  if (!priority) fail("priority", "taskImportErrors.priorityUnknown", { value: priorityText });

  const milestones = parseMilestones(text("milestones"));
  for (const m of milestones) {
    if (m.dateText !== null && m.dueDate === null) fail("milestones", "taskImportErrors.invalidDate", { value: m.dateText });
  }

  // 指标: every code must name one indicator; unknown and ambiguous ones are reported by name.
  const tags = resolveCodes(splitCodeList(text("indicatorCodes")), lookups.indicatorIndex);
  for (const code of tags.unknown) fail("indicatorCodes", "taskImportErrors.indicatorUnknown", { code });
  for (const code of tags.ambiguous) fail("indicatorCodes", "taskImportErrors.indicatorAmbiguous", { code });

  const parsed = ZTaskCreateSchema.safeParse({
    title: text("title"),
    description: text("description"),
    goalId,
    leadDepartmentId,
    cooperatingDepartmentIds,
    startDate,
    dueDate,
    priority: priority ?? "normal",
    milestones: milestones.map((m) => ({ title: m.title, dueDate: m.dueDate })),
    indicatorCodes: tags.codes,
  });
  // A field already refused above is not refused twice.
  const refused = new Set(issues.map((i) => i.column));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF_PATH[String(issue.path[0])] ?? "title";
      if (refused.has(columnName(field, headers))) continue;
      const [key, n] = issue.message.split(":");
      fail(field, `validation.${key}`, n === undefined ? undefined : { n });
    }
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, input: parsed.data };
}
