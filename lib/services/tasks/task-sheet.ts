import ExcelJS from "exceljs";
import { cellText, isBlank, type TCellValue } from "@/lib/domain/task-workbook/cell-values";
import { importFieldOfHeader, REQUIRED_IMPORT_FIELDS, TEMPLATE_COLUMNS, type TImportField } from "@/lib/domain/task-workbook/columns";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/domain/task-workbook/limits";
import type { THeaderNames, TImportIssue, TSheetRow } from "@/lib/domain/task-workbook/validate-row";
import { openUploadedWorkbook } from "@/lib/services/excel/open-uploaded-workbook";

// What the parts of an accepted workbook may inflate to. A 5,000-row sheet
// with long texts is a few tens of MB of XML; a zip bomb declares far more.
const MAX_UNCOMPRESSED_BYTES = 80 * 1024 * 1024;
// The header is the first row, or a later one under a title (often merged
// across the columns), a 填报单位/日期 line, blank rows or a note.
export const HEADER_SEARCH_ROWS = 10;

export type TTaskSheet = { headerRow: number; headers: THeaderNames; rows: TSheetRow[] };
export type TTaskSheetRead = { ok: true; sheet: TTaskSheet } | { ok: false; issues: TImportIssue[] };

const fileIssue = (key: string, params?: Record<string, string | number>): TTaskSheetRead => ({
  ok: false,
  issues: [{ row: null, column: null, key, params }],
});

/** A cell's value with rich text, formulas (their cached result) and links reduced to plain values. */
export function plainCellValue(value: ExcelJS.CellValue): TCellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return plainCellValue(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return plainCellValue(value.result ?? null);
  return null; // an error value (#N/A …)
}

function headerOf(row: ExcelJS.Row): { headers: THeaderNames; columns: Map<TImportField, number> } {
  const headers: THeaderNames = {};
  const columns = new Map<TImportField, number>();
  row.eachCell((cell, column) => {
    const text = cellText(plainCellValue(cell.value));
    const field = importFieldOfHeader(text);
    if (field && !columns.has(field)) {
      columns.set(field, column);
      headers[field] = text;
    }
  });
  return { headers, columns };
}

/** The first sheet whose header (in its first rows) names the task title column. */
function findTaskSheet(workbook: ExcelJS.Workbook) {
  for (const worksheet of workbook.worksheets) {
    for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, worksheet.rowCount); r++) {
      const header = headerOf(worksheet.getRow(r));
      if (header.columns.has("title")) return { worksheet, headerRow: r, ...header };
    }
  }
  return null;
}

/**
 * Reads the task rows of an uploaded workbook: the template's layout or the
 * 台账 export's. Refuses what is not a plain .xlsx (macro workbooks too),
 * what would inflate too far, and sheets over the row limit, before any row
 * is validated. Blank rows are skipped; row numbers are the sheet's own.
 */
export async function readTaskSheet(bytes: Uint8Array): Promise<TTaskSheetRead> {
  const opened = await openUploadedWorkbook(bytes, { maxBytes: IMPORT_MAX_BYTES, maxInflatedBytes: MAX_UNCOMPRESSED_BYTES });
  if (!opened.ok) {
    if (opened.reason === "tooLarge") return fileIssue("taskImportErrors.fileTooLarge", { maxMb: IMPORT_MAX_BYTES / 1024 / 1024 });
    return fileIssue(opened.reason === "inflatesTooFar" ? "taskImportErrors.workbookTooBig" : "taskImportErrors.notWorkbook");
  }
  const { workbook } = opened;
  const found = findTaskSheet(workbook);
  if (!found) return fileIssue("taskImportErrors.noTaskSheet", { rows: HEADER_SEARCH_ROWS });
  const missing = REQUIRED_IMPORT_FIELDS.filter((field) => !found.columns.has(field));
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((field) => ({
        row: found.headerRow,
        column: null,
        key: "taskImportErrors.columnMissing",
        params: { column: TEMPLATE_COLUMNS.find((c) => c.field === field)!.header },
      })),
    };
  }

  const rows: TSheetRow[] = [];
  let dataRows = 0;
  found.worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= found.headerRow) return;
    const cells: TSheetRow["cells"] = {};
    for (const [field, column] of found.columns) cells[field] = plainCellValue(row.getCell(column).value);
    if (Object.values(cells).every((value) => isBlank(value ?? null))) return;
    dataRows++;
    if (dataRows <= IMPORT_MAX_ROWS) rows.push({ row: rowNumber, cells });
  });
  if (dataRows > IMPORT_MAX_ROWS) return fileIssue("taskImportErrors.tooManyRows", { max: IMPORT_MAX_ROWS, n: dataRows });
  if (rows.length === 0) return fileIssue("taskImportErrors.noRows");
  return { ok: true, sheet: { headerRow: found.headerRow, headers: found.headers, rows } };
}
