import { mergeIndicatorRows, type TIndicatorRow, type TTreeIssue, validateIndicatorTree } from "./tree";

export type TImportPlan =
  | { ok: true; added: string[]; updated: string[]; unchanged: string[] }
  | { ok: false; issues: TTreeIssue[] };

/**
 * What an imported table does to the stored tree: rows with a stored code
 * replace it, new codes are added, stored codes the sheet leaves out stay.
 * Refused (with every problem) when the merged tree breaks a rule.
 */
export function planIndicatorImport(stored: readonly TIndicatorRow[], imported: readonly TIndicatorRow[]): TImportPlan {
  const merged = mergeIndicatorRows(stored, imported);
  const issues = validateIndicatorTree(merged).map((issue) => {
    // A stored row the sheet left out has no sheet row: name it by code (row null).
    return imported.some((r) => r.code === issue.code) ? issue : { ...issue, row: null };
  });
  if (issues.length) return { ok: false, issues };
  const byCode = new Map(stored.map((r) => [r.code, r]));
  const added: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  for (const row of imported) {
    const before = byCode.get(row.code);
    if (!before) added.push(row.code);
    else if (before.name !== row.name || before.level !== row.level || before.parentCode !== row.parentCode) updated.push(row.code);
    else unchanged.push(row.code);
  }
  return { ok: true, added, updated, unchanged };
}

/** Parents before children, so every parent's id is known when a child is written. */
export function inWriteOrder<T extends { level: number }>(rows: readonly T[]): T[] {
  return rows.map((row, index) => ({ row, index })).sort((a, b) => a.row.level - b.row.level || a.index - b.index).map((x) => x.row);
}
