// 考核 by indicator: a task's points are multiplied by the weight of the indicators it serves.

export type TWeightedIndicator = { code: string; name: string; weight: number };

/**
 * An indicator's effective weight: its own, else its nearest ancestor's, else 1.
 * Weights are stored as text (numeric) or null.
 */
export function effectiveWeights(indicators: readonly { code: string; parentCode: string | null; weight: string | number | null }[]): Map<string, number> {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const result = new Map<string, number>();
  for (const indicator of indicators) {
    const seen = new Set<string>();
    let weight = 1;
    for (let at = byCode.get(indicator.code); at && !seen.has(at.code); at = at.parentCode ? byCode.get(at.parentCode) : undefined) {
      seen.add(at.code);
      if (at.weight !== null && at.weight !== "") {
        weight = Number(at.weight);
        break;
      }
    }
    result.set(indicator.code, weight);
  }
  return result;
}

/** A task's multiplier: the mean weight of the indicators it serves (1 when it serves none). */
export function taskMultiplier(indicators: readonly TWeightedIndicator[]): number {
  if (indicators.length === 0) return 1;
  return indicators.reduce((sum, i) => sum + i.weight, 0) / indicators.length;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A point split among the indicators it came through, in proportion to their weights (sums to the point). */
export function splitPoints(points: number, indicators: readonly TWeightedIndicator[]): { code: string; name: string; points: number }[] {
  const total = indicators.reduce((sum, i) => sum + i.weight, 0);
  if (indicators.length === 0) return [];
  return indicators.map((i) => ({
    code: i.code,
    name: i.name,
    points: round(total === 0 ? points / indicators.length : (points * i.weight) / total),
  }));
}
