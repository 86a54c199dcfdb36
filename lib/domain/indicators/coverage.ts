// 覆盖与达成: which tasks serve each indicator, rolled up the tree (pure; the
// query supplies the tagged tasks the actor may see, classified by the list's rules).

export type TCoverageTag = { indicatorCode: string; taskId: string; completed: boolean; overdue: boolean };
export type TCoverageCounts = { total: number; completed: number; overdue: number };
export type TCoverage = {
  /** Tasks tagged with this indicator itself. */
  direct: TCoverageCounts;
  /** Distinct tasks tagged with it or anything below it. */
  subtree: TCoverageCounts;
  /** No task serves it or anything below it: a gap to fill. */
  gap: boolean;
};

const zero = (): TCoverageCounts => ({ total: 0, completed: 0, overdue: 0 });

function countOf(taskIds: Iterable<string>, tasks: ReadonlyMap<string, TCoverageTag>): TCoverageCounts {
  const counts = zero();
  for (const id of taskIds) {
    const task = tasks.get(id)!;
    counts.total++;
    if (task.completed) counts.completed++;
    if (task.overdue) counts.overdue++;
  }
  return counts;
}

/** Coverage of every indicator by code; each task counts once per indicator, however it was reached. */
export function rollUpCoverage(
  indicators: readonly { code: string; parentCode: string | null }[],
  tags: readonly TCoverageTag[],
): Map<string, TCoverage> {
  const tasks = new Map(tags.map((t) => [t.taskId, t]));
  const direct = new Map<string, Set<string>>();
  for (const tag of tags) direct.set(tag.indicatorCode, (direct.get(tag.indicatorCode) ?? new Set()).add(tag.taskId));
  const parentOf = new Map(indicators.map((i) => [i.code, i.parentCode]));
  const subtree = new Map<string, Set<string>>();
  for (const [code, ids] of direct) {
    // Walk up to the root, guarding against a cycle in stored data.
    const seen = new Set<string>();
    for (let at: string | null | undefined = code; at && !seen.has(at); at = parentOf.get(at)) {
      seen.add(at);
      const set = subtree.get(at) ?? new Set<string>();
      for (const id of ids) set.add(id);
      subtree.set(at, set);
    }
  }
  return new Map(
    indicators.map((i) => {
      const below = countOf(subtree.get(i.code) ?? [], tasks);
      return [i.code, { direct: countOf(direct.get(i.code) ?? [], tasks), subtree: below, gap: below.total === 0 }];
    }),
  );
}
