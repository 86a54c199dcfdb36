import type { TCatalogueIndicator } from "./codes";

/**
 * Orders each framework's indicators depth-first (a parent, then its children
 * in the order given), frameworks in the order of their first indicator. An
 * indicator whose parent is missing is placed as a root; none is ever dropped.
 */
export function inTreeOrder<T extends TCatalogueIndicator>(rows: readonly T[]): T[] {
  const frameworks = [...new Set(rows.map((row) => row.frameworkCode))];
  return frameworks.flatMap((framework) => {
    const own = rows.filter((row) => row.frameworkCode === framework);
    const codes = new Set(own.map((row) => row.code));
    const children = new Map<string | null, T[]>();
    for (const row of own) {
      const key = row.parentCode !== null && codes.has(row.parentCode) ? row.parentCode : null;
      children.set(key, [...(children.get(key) ?? []), row]);
    }
    const seen = new Set<string>();
    const walk = (key: string | null): T[] =>
      (children.get(key) ?? []).flatMap((row) => {
        if (seen.has(row.code)) return [];
        seen.add(row.code);
        return [row, ...walk(row.code)];
      });
    const ordered = walk(null);
    return [...ordered, ...own.filter((row) => !seen.has(row.code))]; // a cycle's rows, last

  });
}
