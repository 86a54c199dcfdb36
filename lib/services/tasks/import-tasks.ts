import { getDb } from "@/db";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { columnName, type TImportIssue, validateImportRow } from "@/lib/domain/task-workbook/validate-row";
import type { TImportField } from "@/lib/domain/task-workbook/columns";
import { isAppError } from "@/lib/errors";
import { appendAuditEvent, withDeferredAudit } from "@/lib/services/audit/append-audit-event";
import { loadTagResolver, type TTagResolver } from "@/lib/services/indicator-tags/write-tags";
import { inTransaction } from "@/lib/services/transaction";
import type { TTaskCreate } from "@/lib/validation/tasks";
import { createTask } from "./create-task";
import { loadImportLookups } from "./import-lookups";
import { readTaskSheet, type TTaskSheet } from "./task-sheet";

export type TImportResult = { ok: true; created: number; taskIds: string[] } | { ok: false; issues: TImportIssue[] };

const FIELD_OF_INPUT: Partial<Record<string, TImportField>> = {
  goalId: "goal",
  leadDepartmentId: "lead",
  cooperatingDepartmentIds: "cooperating",
  indicatorCodes: "indicatorCodes",
};

/** A row that createTask refused although it passed validation (a department deactivated meanwhile). */
class RowRefused extends Error {
  constructor(readonly issues: TImportIssue[]) {
    super("import row refused");
  }
}

/**
 * 批量导入: every row of the sheet becomes a draft task, all in one
 * transaction, and only when no row has a problem; otherwise nothing is
 * created and every problem is reported with its row and column. Each task is
 * audited by createTask (which joins this transaction), the import itself by
 * one `task.import` event.
 */
export async function importTasks(actor: TActor, file: { name: string; bytes: Uint8Array }): Promise<TImportResult> {
  assertCan(actor, "task:create");
  const read = await readTaskSheet(file.bytes);
  if (!read.ok) return read;
  const lookups = await loadImportLookups(await getDb());
  const inputs: { row: number; input: TTaskCreate }[] = [];
  const issues: TImportIssue[] = [];
  for (const row of read.sheet.rows) {
    const result = validateImportRow(row, read.sheet.headers, lookups);
    if (result.ok) inputs.push({ row: row.row, input: result.input });
    else issues.push(...result.issues);
  }
  if (issues.length > 0) return { ok: false, issues };
  try {
    // All or nothing, so the tasks' audit events can join the chain at the end:
    // other people's writes are not kept waiting for the chain during the import.
    const taskIds = await inTransaction((tx) =>
      withDeferredAudit(tx, async () => {
        const ids: string[] = [];
        const resolveTags = await loadTagResolver(tx);
        for (const { row, input } of inputs) ids.push(await createRow(actor, row, input, read.sheet, resolveTags));
        await appendAuditEvent(tx, {
          actorId: actor.id,
          action: "task.import",
          entityType: "task",
          data: { count: ids.length, fileName: file.name.slice(0, 200) },
          ip: actor.ip,
        });
        return ids;
      }),
    );
    return { ok: true, created: taskIds.length, taskIds };
  } catch (error) {
    if (error instanceof RowRefused) return { ok: false, issues: error.issues };
    throw error;
  }
}

async function createRow(actor: TActor, row: number, input: TTaskCreate, sheet: TTaskSheet, resolveTags: TTagResolver): Promise<string> {
  try {
    return (await createTask(actor, input, { resolveTags })).id;
  } catch (error) {
    if (!isAppError(error) || !error.fieldErrors) throw error;
    throw new RowRefused(
      Object.entries(error.fieldErrors).flatMap(([path, keys]) =>
        keys.map((key) => ({ row, column: columnName(FIELD_OF_INPUT[path] ?? "title", sheet.headers), key: `validation.${key}` })),
      ),
    );
  }
}
