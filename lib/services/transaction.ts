import { AsyncLocalStorage } from "node:async_hooks";
import { getDb, type Tx } from "@/db";
import { AppError } from "@/lib/errors";
import { pgErrorCode } from "./db-errors";

// A service called while another transaction is running (a seed, an import
// creating many tasks) joins it as a savepoint, so the whole batch commits or
// rolls back as one.
const ambient = new AsyncLocalStorage<Tx>();

// Two writes that meet the kept counters (ADR 017, 021, 022) in different orders can
// deadlock; PostgreSQL then ends one of them (40P01), as it ends a serialisable
// transaction that lost a race (40001). Neither is the user's fault: the whole write
// runs again, as PostgreSQL's manual advises. Only the outermost transaction retries
// (a savepoint inside one cannot), and its callback must not keep state from one
// attempt to the next: every service builds what it returns inside the callback.
const RETRIED_CODES = new Set(["40P01", "40001"]);
const ATTEMPTS = 3;
const backOff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, attempt * (5 + Math.random() * 20)));

/**
 * Runs a write in one transaction, again (up to three times in all) when PostgreSQL
 * ended it for a deadlock or a serialisation failure. Connection failures, and a write
 * that keeps losing, become UNAVAILABLE (503) so that callers show "try again" rather
 * than a crash.
 */
export async function inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const outer = ambient.getStore();
  if (outer) return outer.transaction((tx) => ambient.run(tx, () => fn(tx)));
  for (let attempt = 1; ; attempt++) {
    try {
      const db = await getDb();
      return await db.transaction((tx) => ambient.run(tx, () => fn(tx)));
    } catch (error) {
      if (isConnectionError(error)) throw new AppError("UNAVAILABLE", "unavailable", { cause: error });
      if (!isRetriedConflict(error)) throw error;
      if (attempt >= ATTEMPTS) throw new AppError("UNAVAILABLE", "busy", { cause: error });
      await backOff(attempt);
    }
  }
}

/** A deadlock or a serialisation failure: nothing wrong with the write, only its timing. */
export function isRetriedConflict(error: unknown): boolean {
  const code = pgErrorCode(error);
  return code !== null && RETRIED_CODES.has(code);
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
