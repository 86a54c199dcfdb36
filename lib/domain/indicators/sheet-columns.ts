// The indicator sheet: columns code, name, level, parent (English or Chinese headers).

export const INDICATOR_SHEET_FIELDS = ["code", "name", "level", "parent"] as const;
export type TIndicatorSheetField = (typeof INDICATOR_SHEET_FIELDS)[number];

/** The template's headers: Chinese first (what an admin reads), the field name in brackets. */
export const INDICATOR_SHEET_HEADERS: Record<TIndicatorSheetField, string> = {
  code: "指标编码(code)",
  name: "指标名称(name)",
  level: "级别(level)",
  parent: "上级编码(parent)",
};

const ALIASES: Record<TIndicatorSheetField, readonly string[]> = {
  code: ["code", "编码", "代码", "编号", "指标编码", "指标代码"],
  name: ["name", "名称", "指标名称", "指标"],
  level: ["level", "级别", "层级", "指标级别", "级次"],
  parent: ["parent", "parentcode", "上级", "上级编码", "上级指标编码", "上级指标", "父级编码"],
};

/** The field a header names: "指标编码(code)", "编码", "Code" … (spaces, brackets and case ignored). */
export function indicatorFieldOfHeader(header: string): TIndicatorSheetField | null {
  const plain = header.toLowerCase().replace(/[\s_]/g, "");
  const inBrackets = /[(（]([a-z]+)[)）]/.exec(plain)?.[1];
  const bare = plain.replace(/[(（][^)）]*[)）]/g, "");
  for (const field of INDICATOR_SHEET_FIELDS) {
    if (inBrackets === field) return field;
    if (ALIASES[field].includes(bare)) return field;
  }
  return null;
}
