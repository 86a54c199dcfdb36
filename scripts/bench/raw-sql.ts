import type { Sql } from "postgres";
import { summarize, type TSideFigures } from "./stats";

export type TStatement = { query: string; params: unknown[] };

const ARRAY_TYPES_QUERY = /from\s+pg_catalog\.pg_type\s+a\s+left\s+join\s+pg_catalog\.pg_type\s+b/;

/**
 * Runs one call of the app's query code and records the statements it sends
 * (postgres.js calls options.debug for each), so the raw side replays exactly
 * the SQL the query modules build — not a hand-written copy that could drift.
 */
// The bench process runs the audit sealer (for its in-process writes); a pass that
// fires during a capture shares the client. The captured calls are reads that
// neither open transactions nor touch the audit log, so such statements are the sealer's.
const SEALER_QUERY = /^\s*(begin|commit|rollback)\b|audit_events|advisory/i;

export async function captureStatements(client: Sql, call: () => Promise<unknown>): Promise<TStatement[]> {
  const captured: TStatement[] = [];
  const options = client.options as unknown as { debug?: unknown };
  const before = options.debug;
  options.debug = (_connection: number, query: string, params: unknown[]) => {
    // postgres.js reads the array types once per client, on its first query: setup, not the query code's.
    if (!ARRAY_TYPES_QUERY.test(query) && !SEALER_QUERY.test(query)) captured.push({ query, params: [...params] });
  };
  try {
    await call();
  } finally {
    options.debug = before;
  }
  if (captured.length === 0) throw new Error("the query code sent no statement on this client");
  return captured;
}

/** The captured statements with one value (a task id) swapped for another. */
export function withParam(statements: TStatement[], from: unknown, to: unknown): TStatement[] {
  return statements.map((s) => ({ query: s.query, params: s.params.map((p) => (p === from ? to : p)) }));
}

/**
 * `connections` workers, each running one operation after another for
 * `seconds`; an operation is its statements in order on one connection of a
 * pool of that size (the app runs some of them side by side, so this is the
 * slower way round for the raw side).
 */
export async function runClosedLoop(
  connections: number,
  seconds: number,
  operation: (k: number) => Promise<"ok" | "conflict">,
): Promise<TSideFigures & { conflicts: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let conflicts = 0;
  let next = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const k = next++;
      const t0 = performance.now();
      try {
        const outcome = await operation(k);
        if (outcome === "conflict") conflicts++;
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors++;
        if (errors === 1) console.error(`  first error: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return { ...summarize(latencies, (performance.now() - started) / 1000, errors), conflicts };
}

/** Replays statements on the client: the raw-SQL cost of one operation. */
export async function replay(client: Sql, statements: TStatement[]): Promise<"ok"> {
  // Prepared, as the app's own statements are (db/prepared-statements.ts).
  for (const s of statements) await client.unsafe(s.query, s.params as never[], { prepare: true });
  return "ok";
}
