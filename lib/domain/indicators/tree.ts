// Pure rules of an indicator framework's coded tree (docs/decisions/015-indicator-frameworks.md).

/** An indicator as the rules see it: its code, its parent's code (null for a root) and level. */
export type TIndicatorRow = { code: string; name: string; level: number; parentCode: string | null; row?: number | undefined };

/** One problem, where a person can find it: the sheet row (or null) and a message key under `indicators.issues`. */
export type TTreeIssue = { row: number | null; code: string; key: TTreeIssueKey; params?: Record<string, string | number> | undefined };
export type TTreeIssueKey = "duplicateCode" | "parentMissing" | "cycle" | "levelMismatch" | "rootLevel" | "selfParent";

export const INDICATOR_CODE_PATTERN = /^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9.\-_\u4e00-\u9fff]{0,39}$/;
export const INDICATOR_MAX_DEPTH = 6;

/**
 * Checks a whole tree: codes unique, every parent present, no cycle, a root at
 * level 1 and every child one level below its parent. Returns every problem,
 * each once, in row order.
 */
export function validateIndicatorTree(rows: readonly TIndicatorRow[]): TTreeIssue[] {
  const issues: TTreeIssue[] = [];
  const byCode = new Map<string, TIndicatorRow>();
  for (const r of rows) {
    if (byCode.has(r.code)) issues.push({ row: r.row ?? null, code: r.code, key: "duplicateCode", params: { code: r.code } });
    else byCode.set(r.code, r);
  }
  for (const r of byCode.values()) {
    const at = { row: r.row ?? null, code: r.code };
    if (r.parentCode === null) {
      if (r.level !== 1) issues.push({ ...at, key: "rootLevel", params: { level: r.level } });
      continue;
    }
    if (r.parentCode === r.code) {
      issues.push({ ...at, key: "selfParent" });
      continue;
    }
    const parent = byCode.get(r.parentCode);
    if (!parent) {
      issues.push({ ...at, key: "parentMissing", params: { parent: r.parentCode } });
      continue;
    }
    if (inCycle(r, byCode)) issues.push({ ...at, key: "cycle" });
    else if (r.level !== parent.level + 1) issues.push({ ...at, key: "levelMismatch", params: { level: r.level, expected: parent.level + 1 } });
  }
  return issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

function inCycle(start: TIndicatorRow, byCode: ReadonlyMap<string, TIndicatorRow>): boolean {
  const seen = new Set<string>([start.code]);
  let current = start.parentCode ? byCode.get(start.parentCode) : undefined;
  while (current) {
    if (seen.has(current.code)) return true;
    seen.add(current.code);
    current = current.parentCode ? byCode.get(current.parentCode) : undefined;
  }
  return false;
}

/**
 * An import merged into the stored tree: rows with a stored code replace it
 * (name, level, parent), new codes are added, stored codes the sheet leaves
 * out stay. The result is what validateIndicatorTree must accept.
 */
export function mergeIndicatorRows(stored: readonly TIndicatorRow[], imported: readonly TIndicatorRow[]): TIndicatorRow[] {
  const importedCodes = new Set(imported.map((r) => r.code));
  return [...stored.filter((r) => !importedCodes.has(r.code)), ...imported];
}

/** The codes of `code` and everything below it. */
export function subtreeCodes(rows: readonly Pick<TIndicatorRow, "code" | "parentCode">[], code: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const r of rows) if (r.parentCode) children.set(r.parentCode, [...(children.get(r.parentCode) ?? []), r.code]);
  const found = new Set<string>();
  const stack = [code];
  while (stack.length) {
    const next = stack.pop()!;
    if (found.has(next)) continue;
    found.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return found;
}

export type TTreeNode<T> = T & { children: TTreeNode<T>[] };

/** Nests rows under their parents, keeping the given order among siblings; orphans become roots. */
export function nestIndicators<T extends { code: string; parentCode: string | null }>(rows: readonly T[]): TTreeNode<T>[] {
  const nodes = new Map(rows.map((r) => [r.code, { ...r, children: [] as TTreeNode<T>[] }]));
  const roots: TTreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
