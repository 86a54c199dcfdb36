import { type SQL, sql } from "drizzle-orm";

/**
 * A deterministic pseudo-random whole number in [0, m) for row `key` and a
 * salt: hashtext spreads consecutive keys, and a different salt per column
 * keeps the columns independent (i % k on one counter would correlate them).
 * hashtext is int4; shifting it into 0…2^32 avoids abs(-2^31) overflowing.
 */
export function pick(key: SQL, salt: string, m: number | SQL): SQL {
  return sql`((hashtext((${key})::text || ${`:${salt}`})::bigint + 2147483648) % (${m})::bigint)::int`;
}

/** A day as a timestamptz at a local clock time in the app's time zone. */
export function localTime(day: SQL, clock: string, timeZone: string): SQL {
  return sql`((${day}) + ${clock}::time) at time zone ${timeZone}`;
}
