// The columns of the two task workbooks: the 台账 export and the import
// template. Their headers are a file format shared with the people who fill
// them in, so they are fixed Chinese text whatever the UI language, and the
// importer reads both layouts (an exported 台账 can be imported back).

export const EXPORT_SHEET_NAME = "台账";

export const EXPORT_COLUMNS = [
  { key: "seq", header: "序号", width: 7 },
  { key: "title", header: "任务", width: 40 },
  { key: "goal", header: "所属条目", width: 30 },
  { key: "lead", header: "牵头单位", width: 18 },
  { key: "cooperating", header: "配合单位", width: 24 },
  { key: "owner", header: "责任人", width: 10 },
  { key: "dueDate", header: "完成时限", width: 12 },
  { key: "status", header: "状态", width: 9 },
  { key: "progress", header: "进度", width: 8 },
  { key: "warning", header: "预警", width: 8 },
  { key: "latestNote", header: "最新进展", width: 50 },
  { key: "noticeCount", header: "督办次数", width: 9 },
  { key: "indicatorCodes", header: "指标", width: 20 },
] as const;

export type TExportColumnKey = (typeof EXPORT_COLUMNS)[number]["key"];

export const IMPORT_FIELDS = ["title", "description", "goal", "lead", "cooperating", "dueDate", "startDate", "priority", "milestones", "indicatorCodes"] as const;
export type TImportField = (typeof IMPORT_FIELDS)[number];

export const TEMPLATE_SHEET_NAME = "任务";
export const INSTRUCTIONS_SHEET_NAME = "填写说明";

/** The template's columns in order; `*` marks the required ones. */
export const TEMPLATE_COLUMNS = [
  { field: "title", header: "任务名称*", width: 40 },
  { field: "description", header: "任务内容", width: 40 },
  { field: "goal", header: "所属条目编号或名称", width: 30 },
  { field: "lead", header: "牵头单位*", width: 20 },
  { field: "cooperating", header: "配合单位", width: 28 },
  { field: "dueDate", header: "完成时限*", width: 13 },
  { field: "startDate", header: "开始日期", width: 13 },
  { field: "priority", header: "优先级", width: 9 },
  { field: "milestones", header: "节点", width: 36 },
  { field: "indicatorCodes", header: "指标", width: 22 },
] as const satisfies readonly { field: TImportField; header: string; width: number }[];

export const REQUIRED_IMPORT_FIELDS: readonly TImportField[] = ["title", "lead", "dueDate"];

// A header as written, reduced to its name: no spaces, no required-marker,
// no explanation in brackets ("配合单位（多个以、分隔）" is 配合单位).
export function normalizeHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[\s*＊]/g, "")
    .trim();
}

// Every header name the importer understands, the export's among them.
const HEADER_FIELDS: Record<string, TImportField> = {
  任务名称: "title",
  任务: "title",
  任务内容: "description",
  所属条目编号或名称: "goal",
  所属条目: "goal",
  牵头单位: "lead",
  配合单位: "cooperating",
  完成时限: "dueDate",
  开始日期: "startDate",
  优先级: "priority",
  节点: "milestones",
  指标: "indicatorCodes",
  指标编号: "indicatorCodes",
  指标标签: "indicatorCodes",
};

export function importFieldOfHeader(text: string): TImportField | null {
  return HEADER_FIELDS[normalizeHeader(text)] ?? null;
}

/** Within each cell of 配合单位: 区财政局、区审计局 (also commas, semicolons or line breaks). */
export function splitDepartmentNames(text: string): string[] {
  return [...new Set(text.split(/[、,，;；\n\r]+/).map((name) => name.trim()).filter(Boolean))];
}

export const DEPARTMENT_SEPARATOR = "、";
