import { CHINESE_NUMERAL_CHARS, matchLineMarker } from "./numbering";
import { foldWidth } from "./normalize";

/**
 * A table of a Word document as text lines the parser reads like any other: a task table
 * (序号/任务/牵头单位/责任单位/完成时限) gives "1.任务（牵头单位：…；完成时限：…）"; a rectification
 * table (问题/整改措施/责任单位/整改时限) gives "1.问题：…", "整改措施：…" and the annotation on a
 * line of its own; a category column merged over several rows (类别) gives a "（一）类别" line each
 * time it changes. Columns of no known role follow as "表头：内容" lines, so nothing is lost; a table
 * whose headers name no task or problem and no who or when comes back row by row, cells joined.
 * Takes the grid with merged cells already repeated into every row they span. Pure.
 */

type TRole = "number" | "category" | "problem" | "task" | "measure" | "lead" | "responsible" | "cooperating" | "due";

const ROLE_PATTERNS: readonly [TRole, RegExp][] = [
  ["number", /^(?:序号|编号|序)$/],
  ["category", /^(?:类别|领域|板块|方面|分类|项目|类型)$/],
  ["measure", /整改(?:措施|举措)|具体措施/],
  ["problem", /问题/],
  ["lead", /牵头/],
  ["responsible", /责任(?:单位|部门)|主责|承办/],
  ["cooperating", /配合|协办|参与/],
  ["due", /时限|时间|期限|时间节点/],
  ["task", /任务|事项|工作内容|内容|措施|目标/],
];

const ANNOTATION_KEYS: Partial<Record<TRole, string>> = {
  lead: "牵头单位", responsible: "责任单位", cooperating: "配合单位", due: "完成时限",
};

function roleOf(header: string): TRole | null {
  const folded = foldWidth(header).replace(/\s+/g, "");
  return ROLE_PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

const clean = (cell: string) => cell.replace(/\s*\n\s*/g, "").trim();

function chineseNumeral(value: number): string {
  const digits = [...CHINESE_NUMERAL_CHARS];
  if (value <= 10) return digits[value - 1] ?? String(value);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? "" : (digits[tens - 1] ?? "")}十${units === 0 ? "" : (digits[units - 1] ?? "")}`;
}

/**
 * A header of two rows ("责任分工" spanning "牵头单位" and "责任单位" below it): the second row
 * names roles where the first names none, and holds no work of its own.
 */
function readHeader(grid: readonly (readonly string[])[]): { header: readonly string[]; rows: readonly (readonly string[])[] } {
  const [first = [], second, ...rest] = grid;
  const isSubHeader = second !== undefined && second.some((value, index) => roleOf(value) !== null && roleOf(first[index] ?? "") === null) &&
    second.every((value, index) => value.trim() === "" || roleOf(value) !== null || value === first[index]);
  if (!isSubHeader) return { header: first, rows: grid.slice(1) };
  return { header: first.map((value, index) => (roleOf(second[index] ?? "") ? (second[index] ?? "") : value)), rows: rest };
}

export function tableToLines(grid: readonly (readonly string[])[]): string[] {
  if (grid.length === 0) return [];
  const { header, rows } = readHeader(grid);
  const roles = header.map(roleOf);
  const has = (role: TRole) => roles.includes(role);
  const isWorkTable = (has("task") || has("problem")) && (has("lead") || has("responsible") || has("due"));
  if (!isWorkTable) return grid.map((row) => row.map(clean).filter((cell) => cell !== "").join("　")).filter((line) => line !== "");

  const used: readonly TRole[] = has("problem")
    ? ["number", "category", "problem", "measure", "lead", "responsible", "cooperating", "due"]
    : ["number", "category", "task", "lead", "responsible", "cooperating", "due"];
  // The first column of each role the lines are made of; any other column follows as text.
  const usedColumns = new Set(used.map((role) => roles.indexOf(role)).filter((index) => index >= 0));
  const lines: string[] = [];
  let category = "";
  let categoryCount = 0;
  let rowNumber = 0;
  for (const row of rows) {
    const cell = (role: TRole) => clean(row[roles.indexOf(role)] ?? "");
    const subject = has("problem") ? cell("problem") : cell("task");
    if (subject === "") continue;
    const nextCategory = has("category") ? cell("category") : "";
    if (nextCategory !== "" && nextCategory !== category) {
      category = nextCategory;
      categoryCount++;
      // "（一）": a table usually sits under a section of its document ("二、重点任务分工").
      lines.push(matchLineMarker(foldWidth(category)) ? category : `（${chineseNumeral(categoryCount)}）${category}`);
    }
    rowNumber++;
    const written = cell("number").replace(/[.、．]$/, "");
    const number = /^\d{1,3}$/.test(foldWidth(written)) ? written : String(rowNumber);
    const annotation = (["lead", "responsible", "cooperating", "due"] as const)
      .filter((role) => has(role) && cell(role) !== "")
      .map((role) => `${ANNOTATION_KEYS[role]}：${cell(role)}`)
      .join("；");
    if (has("problem")) {
      lines.push(`${number}.问题：${subject}`);
      if (has("measure") && cell("measure") !== "") lines.push(`整改措施：${cell("measure")}`);
      if (annotation !== "") lines.push(`（${annotation}）`);
    } else {
      lines.push(`${number}.${subject}${annotation === "" ? "" : `（${annotation}）`}`);
    }
    header.forEach((title, index) => {
      const value = clean(row[index] ?? "");
      if (!usedColumns.has(index) && value !== "") lines.push(`${clean(title)}：${value}`);
    });
  }
  return lines;
}
