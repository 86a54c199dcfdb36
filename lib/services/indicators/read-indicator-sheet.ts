import { cellText } from "@/lib/domain/task-workbook/cell-values";
import { indicatorFieldOfHeader, INDICATOR_SHEET_FIELDS, INDICATOR_SHEET_HEADERS, type TIndicatorSheetField } from "@/lib/domain/indicators/sheet-columns";
import { openUploadedWorkbook } from "@/lib/services/excel/open-uploaded-workbook";
import { IMPORT_INDICATOR_MAX_ROWS } from "@/lib/validation/indicators";
import { plainCellValue } from "@/lib/services/tasks/task-sheet";

export const INDICATOR_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
const MAX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024;
const HEADER_SEARCH_ROWS = 5;

/** One problem of an indicator sheet; `key` is a message key (`indicators.issues.…`). */
export type TIndicatorSheetIssue = { row: number | null; column: string | null; key: string; params?: Record<string, string | number> | undefined };
export type TIndicatorSheetRow = { row: number; code: string; name: string; level: string; parent: string };
export type TIndicatorSheetRead = { ok: true; rows: TIndicatorSheetRow[]; headers: Record<TIndicatorSheetField, string> } | { ok: false; issues: TIndicatorSheetIssue[] };

const fileIssue = (key: string, params?: Record<string, string | number>): TIndicatorSheetRead => ({ ok: false, issues: [{ row: null, column: null, key, params }] });

/**
 * The rows of an indicator table (.xlsx only, refused when it would inflate too
 * far): the first sheet whose header, within its first rows, names the code and
 * name columns. Every cell is read as text; blank rows are skipped.
 */
export async function readIndicatorSheet(bytes: Uint8Array): Promise<TIndicatorSheetRead> {
  const opened = await openUploadedWorkbook(bytes, { maxBytes: INDICATOR_IMPORT_MAX_BYTES, maxInflatedBytes: MAX_UNCOMPRESSED_BYTES });
  if (!opened.ok) {
    return opened.reason === "tooLarge"
      ? fileIssue("indicators.issues.fileTooLarge", { maxMb: INDICATOR_IMPORT_MAX_BYTES / 1024 / 1024 })
      : fileIssue("indicators.issues.notWorkbook");
  }
  const { workbook } = opened;
  for (const worksheet of workbook.worksheets) {
    for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, worksheet.rowCount); r++) {
      const columns = new Map<TIndicatorSheetField, number>();
      const headers = { ...INDICATOR_SHEET_HEADERS };
      worksheet.getRow(r).eachCell((cell, column) => {
        const header = cellText(plainCellValue(cell.value));
        const field = indicatorFieldOfHeader(header);
        if (field && !columns.has(field)) {
          columns.set(field, column);
          headers[field] = header;
        }
      });
      if (!columns.has("code") || !columns.has("name")) continue;
      const missing = INDICATOR_SHEET_FIELDS.filter((f) => !columns.has(f));
      if (missing.length) return { ok: false, issues: missing.map((f) => ({ row: r, column: null, key: "indicators.issues.columnMissing", params: { column: INDICATOR_SHEET_HEADERS[f] } })) };
      const rows: TIndicatorSheetRow[] = [];
      let count = 0;
      worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        if (rowNumber <= r) return;
        const text = (f: TIndicatorSheetField) => cellText(plainCellValue(row.getCell(columns.get(f)!).value));
        const values = { code: text("code"), name: text("name"), level: text("level"), parent: text("parent") };
        if (Object.values(values).every((v) => v === "")) return;
        count++;
        if (count <= IMPORT_INDICATOR_MAX_ROWS) rows.push({ row: rowNumber, ...values });
      });
      if (count > IMPORT_INDICATOR_MAX_ROWS) return fileIssue("indicators.issues.tooManyRows", { max: IMPORT_INDICATOR_MAX_ROWS, n: count });
      if (rows.length === 0) return fileIssue("indicators.issues.noRows");
      return { ok: true, rows, headers };
    }
  }
  return fileIssue("indicators.issues.noSheet");
}
