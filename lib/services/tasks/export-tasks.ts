import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { listTaskExportBatch, NOTE_EXCERPT_MAX, type TTaskExportRow } from "@/db/queries/tasks/export-rows";
import type { TTaskFilter } from "@/db/queries/tasks/list-tasks";
import type { TScopedActor } from "@/lib/domain/scope";
import { dayToExcelDate } from "@/lib/domain/task-workbook/cell-values";
import { EXPORT_COLUMNS, EXPORT_SHEET_NAME, type TExportColumnKey } from "@/lib/domain/task-workbook/columns";
import type { TWarningContext } from "@/lib/domain/warning";
import zh from "@/messages/zh-CN";
import { printSetup, WRAPPED } from "../excel/print-setup";

export const EXPORT_BATCH_SIZE = 1_000;

// The columns of free text, which wrap (the others are short words, numbers and dates).
const WRAPPED_COLUMNS: TExportColumnKey[] = ["title", "goal", "cooperating", "latestNote"];

const DATE_FORMAT = "yyyy-mm-dd";
const PERCENT_FORMAT = "0%";
const lastColumn = String.fromCharCode(64 + EXPORT_COLUMNS.length);

function excerpt(note: string | null): string {
  if (!note) return "";
  return note.length > NOTE_EXCERPT_MAX ? `${note.slice(0, NOTE_EXCERPT_MAX - 1)}…` : note;
}

// The 台账 speaks Chinese like its headers: statuses and warnings in the
// words the Chinese UI uses (one catalogue for both).
function cells(row: TTaskExportRow, seq: number): Record<TExportColumnKey, ExcelJS.CellValue> {
  return {
    seq,
    title: row.title,
    goal: row.goalTitle === null ? "" : `${row.goalCode ?? ""}${row.goalTitle}`,
    lead: row.leadDepartmentName ?? "",
    cooperating: row.cooperating ?? "",
    owner: row.ownerName ?? "",
    dueDate: row.dueDate ? dayToExcelDate(row.dueDate) : null,
    status: zh.taskStatuses[row.status],
    progress: row.progress / 100,
    warning: zh.warnings[row.warning],
    latestNote: excerpt(row.latestNote),
    noticeCount: row.noticeCount,
    indicatorCodes: row.indicatorCodes ?? "",
  };
}

/**
 * Waits while the reader of the output is behind, so that a slow download
 * holds one batch in memory rather than the whole list; refuses when the
 * reader has gone (the download was cancelled), which stops the export.
 */
async function drained(output: Writable): Promise<void> {
  if (output.destroyed) throw new Error("export output closed");
  if (!output.writableNeedDrain) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      output.off("drain", onDrain);
      output.off("close", onClose);
      output.off("error", done);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error("export output closed"));
    output.on("drain", onDrain);
    output.on("close", onClose);
    output.on("error", done);
  });
}

export type TTaskExport = { writeTo: (output: Writable) => Promise<{ rows: number }> };

/**
 * 导出台账: prepares the export of a filtered task list (every row the list
 * would page through, not one page) by reading its first batch, so that a
 * refusal or an outage is known before any byte is sent; `writeTo` then
 * streams the workbook, reading the remaining rows in keyset batches.
 */
export async function openTaskExport(
  actor: TScopedActor,
  filter: TTaskFilter,
  context: TWarningContext,
  options: { batchSize?: number } = {},
): Promise<TTaskExport> {
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const listFilter: TTaskFilter = { ...filter, cursor: undefined, limit: undefined };
  const first = await listTaskExportBatch(actor, listFilter, context, null, batchSize);
  return {
    async writeTo(output) {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
      workbook.creator = "Dudao";
      const sheet = workbook.addWorksheet(EXPORT_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }], pageSetup: printSetup(1) });
      sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
      sheet.autoFilter = `A1:${lastColumn}1`;
      const header = sheet.getRow(1);
      header.font = { bold: true };
      header.alignment = { vertical: "middle", wrapText: true };
      header.commit();
      let batch = first;
      let seq = 0;
      for (;;) {
        // The next batch is read while this one is written: the database
        // works while this process builds and compresses rows.
        const next = batch.next ? listTaskExportBatch(actor, listFilter, context, batch.next, batchSize) : null;
        next?.catch(() => {}); // awaited below; a failure must not surface as unhandled meanwhile
        for (const row of batch.rows) {
          const added = sheet.addRow(cells(row, ++seq));
          added.getCell("dueDate").numFmt = DATE_FORMAT;
          added.getCell("progress").numFmt = PERCENT_FORMAT;
          for (const key of WRAPPED_COLUMNS) added.getCell(key).alignment = WRAPPED;
          added.commit();
        }
        await drained(output);
        if (!next) break;
        batch = await next;
      }
      sheet.commit();
      await workbook.commit();
      return { rows: seq };
    },
  };
}

/** Opens and writes in one call (scripts and tests). */
export async function exportTasks(actor: TScopedActor, filter: TTaskFilter, context: TWarningContext, output: Writable, options: { batchSize?: number } = {}) {
  return (await openTaskExport(actor, filter, context, options)).writeTo(output);
}
