import type { TImportIssue } from "@/lib/domain/task-workbook/validate-row";
import { messageText, type TTranslator } from "@/lib/messages";

export type TImportError = { path: string; row: number | null; column: string | null; message: string };

/**
 * Import problems as people read them, with a path for API clients:
 * `rows/12/牵头单位*` for a cell, `rows/1` for a header row, `file` for the
 * file as a whole. Keys are from the root of the catalogue.
 */
export function translateImportIssues(issues: TImportIssue[], t: TTranslator): TImportError[] {
  return issues.map((issue) => ({
    path: issue.row === null ? "file" : issue.column === null ? `rows/${issue.row}` : `rows/${issue.row}/${issue.column}`,
    row: issue.row,
    column: issue.column,
    message: messageText(t, "", issue.key, { params: issue.params }),
  }));
}
