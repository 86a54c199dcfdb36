// Figures for the bench table. Pure, so they are unit-tested.

/** The p-th percentile (0–100) of values, nearest-rank on a sorted copy; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export type TSideFigures = { rps: number; p50: number; p99: number; errors: number };

/** Requests per second and latency percentiles of one run of `latencies` (ms) over `seconds`. */
export function summarize(latencies: readonly number[], seconds: number, errors = 0): TSideFigures {
  return { rps: seconds > 0 ? latencies.length / seconds : 0, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

/** Raw SQL throughput over the app's: how many times more the database alone serves ("—" when either is missing). */
export function formatRatio(appRps: number | null, rawRps: number | null): string {
  if (!appRps || !rawRps || !Number.isFinite(appRps) || !Number.isFinite(rawRps)) return "—";
  const ratio = rawRps / appRps;
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
}

export function formatRps(rps: number | null): string {
  if (rps === null || !Number.isFinite(rps)) return "—";
  return rps >= 100 ? rps.toFixed(0) : rps.toFixed(1);
}

export function formatMs(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return "—";
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}

export type TBenchRow = {
  endpoint: string;
  app: (TSideFigures & { non2xx: number; conflicts?: number }) | null;
  raw: TSideFigures | null;
};

/** A Markdown table (it reads in a terminal too): one row per endpoint. */
export function formatTable(rows: readonly TBenchRow[]): string {
  const header = ["endpoint", "req/s", "p50", "p99", "non-2xx", "raw SQL req/s", "raw p50", "raw p99", "raw ÷ app"];
  const body = rows.map((r) => [
    r.endpoint,
    formatRps(r.app?.rps ?? null),
    formatMs(r.app?.p50 ?? null),
    formatMs(r.app?.p99 ?? null),
    r.app ? `${r.app.non2xx}${r.app.conflicts ? ` (${r.app.conflicts} × 409)` : ""}` : "—",
    formatRps(r.raw?.rps ?? null),
    formatMs(r.raw?.p50 ?? null),
    formatMs(r.raw?.p99 ?? null),
    formatRatio(r.app?.rps ?? null, r.raw?.rps ?? null),
  ]);
  const lines = [header, header.map(() => "---"), ...body];
  return lines.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
