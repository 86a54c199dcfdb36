import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { getIndicatorFramework, listFrameworkIndicators } from "@/db/queries/indicators/frameworks";
import { frameworkIndicators } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { inWriteOrder, planIndicatorImport } from "@/lib/domain/indicators/import-plan";
import type { TIndicatorRow, TTreeIssue } from "@/lib/domain/indicators/tree";
import { INDICATOR_SHEET_HEADERS, type TIndicatorSheetField } from "@/lib/domain/indicators/sheet-columns";
import { assertCan } from "@/lib/domain/permissions";
import { clock } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import { ZIndicatorRowSchema, type ZIndicatorImportSchema } from "@/lib/validation/indicators";
import type { z } from "@/lib/validation/zod";
import { bumpFramework, lockFramework } from "./framework-lock";
import { readIndicatorSheet, type TIndicatorSheetIssue } from "./read-indicator-sheet";

type TImportRow = TIndicatorRow & { row: number };
export type TIndicatorPreview =
  | { ok: true; frameworkId: string; version: number; rows: TImportRow[]; added: string[]; updated: string[]; unchanged: string[] }
  | { ok: false; issues: TIndicatorSheetIssue[] };

const FIELD_OF_PATH: Record<string, TIndicatorSheetField> = { code: "code", name: "name", level: "level", parentCode: "parent" };

function treeIssues(issues: TTreeIssue[]): TIndicatorSheetIssue[] {
  return issues.map((i) => ({ row: i.row, column: null, key: `indicators.issues.${i.key}`, params: { code: i.code, ...i.params } }));
}

/**
 * 预览: reads the uploaded table, checks every row (zod) and the tree it would
 * make with the stored indicators; writes nothing. Errors come by row.
 */
export async function previewIndicatorImport(actor: TActor, frameworkId: string, file: { bytes: Uint8Array }): Promise<TIndicatorPreview> {
  assertCan(actor, "indicator:manage");
  const framework = await getIndicatorFramework(frameworkId);
  if (!framework) throw new AppError("NOT_FOUND", "indicators.errors.frameworkNotFound");
  const read = await readIndicatorSheet(file.bytes);
  if (!read.ok) return read;
  const rows: TImportRow[] = [];
  const issues: TIndicatorSheetIssue[] = [];
  for (const sheetRow of read.rows) {
    const parsed = ZIndicatorRowSchema.safeParse({ row: sheetRow.row, code: sheetRow.code, name: sheetRow.name, level: sheetRow.level, parentCode: sheetRow.parent });
    if (parsed.success) rows.push({ ...parsed.data, row: sheetRow.row });
    else {
      for (const issue of parsed.error.issues) {
        const field = FIELD_OF_PATH[String(issue.path[0])] ?? "code";
        issues.push({ row: sheetRow.row, column: read.headers[field] ?? INDICATOR_SHEET_HEADERS[field], key: issue.message.includes(".") ? issue.message : `validation.${issue.message}` });
      }
    }
  }
  if (issues.length) return { ok: false, issues };
  const stored = await listFrameworkIndicators(framework.id, await getDb());
  const plan = planIndicatorImport(stored, rows);
  if (!plan.ok) return { ok: false, issues: treeIssues(plan.issues) };
  return { ok: true, frameworkId: framework.id, version: framework.version, rows, added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
}

/**
 * 确认导入: the previewed rows, checked again against the tree as it is now, in
 * one transaction with one audit event; nothing is written when any row fails,
 * and a framework changed since the preview is a 409.
 */
export async function importIndicators(actor: TActor, input: z.output<typeof ZIndicatorImportSchema>) {
  assertCan(actor, "indicator:manage");
  return inTransaction(async (tx) => {
    const framework = await lockFramework(tx, input.frameworkId, input.version);
    const stored = await listFrameworkIndicators(framework.id, tx);
    const plan = planIndicatorImport(stored, input.rows);
    if (!plan.ok) {
      const first = plan.issues[0]!;
      throw new AppError("VALIDATION", `indicators.issues.${first.key}`, { params: { code: first.code, ...first.params } });
    }
    const idOf = new Map(stored.map((r) => [r.code, r.id]));
    const now = clock.now();
    const order = new Map(input.rows.map((r, i) => [r.code, i + 1]));
    for (const row of inWriteOrder(input.rows)) {
      const values = { name: row.name, level: row.level, parentId: row.parentCode ? idOf.get(row.parentCode)! : null, sortOrder: order.get(row.code)! };
      const existing = idOf.get(row.code);
      if (existing) {
        if (plan.updated.includes(row.code)) {
          const stale = stored.find((s) => s.id === existing)!;
          await tx
            .update(frameworkIndicators)
            .set({ ...values, version: stale.version + 1, updatedAt: now })
            .where(eq(frameworkIndicators.id, existing));
        }
        continue;
      }
      const [created] = await tx.insert(frameworkIndicators).values({ frameworkId: framework.id, code: row.code, ...values }).returning({ id: frameworkIndicators.id });
      idOf.set(row.code, created!.id);
    }
    const version = await bumpFramework(tx, framework.id);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "indicator.import",
      entityType: "indicator_framework",
      entityId: framework.id,
      data: { frameworkCode: framework.code, added: plan.added.length, updated: plan.updated.length, codes: [...plan.added, ...plan.updated].slice(0, 500) },
      ip: actor.ip,
    });
    return { added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged.length, version };
  });
}
