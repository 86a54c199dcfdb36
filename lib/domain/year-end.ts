// Apart from rollover.ts, so that the rollover preview (a client component) does not bring the
// task workflow and permission tables rollover.ts imports (docs/performance/js-budget.md).
export const yearEnd = (year: number) => `${year}-12-31`;
