import { AsyncLocalStorage } from "node:async_hooks";
import { getDb, type Tx } from "@/db";
import { AppError } from "@/lib/errors";
import { pgErrorCode } from "./db-errors";

// A service called while another transaction is running (a seed, an import
// creating many tasks) joins it as a savepoint, so the whole batch commits or
// rolls back as one.
const ambient = new AsyncLocalStorage<Tx>();

/**
 * Runs a write in one transaction. Connection failures become UNAVAILABLE
 * (503) so that callers show "try again" rather than a crash.
 */
export async function inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const outer = ambient.getStore();
  if (outer) return outer.transaction((tx) => ambient.run(tx, () => fn(tx)));
  try {
    const db = await getDb();
    return await db.transaction((tx) => ambient.run(tx, () => fn(tx)));
  } catch (error) {
    if (isConnectionError(error)) throw new AppError("UNAVAILABLE", "unavailable", { cause: error });
    throw error;
  }
}

export function isConnectionError(error: unknown): boolean {
  const code = pgErrorCode(error);
  if (code?.startsWith("08") || code === "57P01" || code === "57P03") return true;
  // drizzle wraps the driver's error ("Failed query: …", cause: connect ECONNREFUSED): look down the cause chain.
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const { message = "", code: errno = "" } = current as { message?: unknown; code?: unknown };
    if (/ECONNREFUSED|ECONNRESET|ETIMEDOUT|CONNECT_TIMEOUT|CONNECTION_(CLOSED|ENDED|DESTROYED)/.test(`${String(message)} ${String(errno)}`)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
