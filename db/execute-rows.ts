import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "./index";

/**
 * Raw SQL rows from either driver: postgres.js returns an array, PGlite an
 * object holding `rows`. Prefer the query builder; use this for what it
 * cannot express (recursive CTEs, window functions).
 */
export async function executeRows<T extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
