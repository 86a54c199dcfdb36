import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getDbHandle } from "@/db";
import { getEnv, type TEnv } from "@/lib/env";

/** Each throttle, and the setting that configures it (README: "Throttling"). */
export const LIMITERS = {
  signInIp: "RATE_LIMIT_SIGN_IN_IP",
  signInFailuresIp: "RATE_LIMIT_SIGN_IN_FAILURES_IP",
  signInAccount: "RATE_LIMIT_SIGN_IN_ACCOUNT",
  registerIp: "RATE_LIMIT_REGISTER_IP",
  passwordChange: "RATE_LIMIT_PASSWORD_CHANGE",
  apiToken: "RATE_LIMIT_API_TOKEN",
  apiIp: "RATE_LIMIT_API_IP",
} as const satisfies Record<string, keyof TEnv>;

/**
 * Counters kept like the throttles (same stores) but never "off": failed
 * sign-ins per submitted name and address, for the remaining-attempts hint
 * (lib/services/auth/sign-in-attempts.ts). A day's window: the account's own
 * count of consecutive failures does not expire either.
 */
const COUNTERS = {
  signInFailuresLogin: (env: TEnv) => ({ points: env.LOCKOUT_THRESHOLD, seconds: 24 * 3600 }),
} as const satisfies Record<string, (env: TEnv) => { points: number; seconds: number }>;

export type TLimiterName = keyof typeof LIMITERS | keyof typeof COUNTERS;

function settingOf(name: TLimiterName): { points: number; seconds: number } | null {
  const env = getEnv();
  return name in COUNTERS ? COUNTERS[name as keyof typeof COUNTERS](env) : env[LIMITERS[name as keyof typeof LIMITERS]];
}

export type TLimiter = { limiter: RateLimiterAbstract; points: number };

/**
 * rate-limiter-flexible's PostgreSQL store speaks node-postgres's
 * `query({text, values}) → {rows, rowCount}`; the app's client is
 * postgres.js, so this is that method over it. The handle is looked up per
 * query: tests close and reopen the database under a living limiter.
 */
const postgresStore = {
  async query({ text, values }: { text: string; values?: unknown[] }) {
    const handle = await getDbHandle();
    if (handle.kind !== "postgres") throw new Error("the PostgreSQL rate-limit store needs DATABASE_URL");
    // Named (prepared) like the app's own statements (ADR 016): the library's few texts
    // are parsed and planned once per connection, not on each of the two counters every API call takes.
    const rows = await handle.client.unsafe(text, (values ?? []) as never[], { prepare: true });
    return {
      rows: rows.map((row) => ({ points: Number(row.points), expire: row.expire === null ? null : Number(row.expire) })),
      rowCount: rows.count ?? rows.length,
    };
  },
};

const holder = globalThis as typeof globalThis & { __dudaoLimiters?: Map<TLimiterName, Promise<TLimiter | null>> | undefined };

async function build(name: TLimiterName): Promise<TLimiter | null> {
  const setting = settingOf(name);
  if (!setting) return null;
  const options = {
    keyPrefix: name,
    points: setting.points,
    duration: setting.seconds,
    // Once a key is over its limit, further attempts are refused from memory
    // until the window ends: a flood costs no database write per request.
    inMemoryBlockOnConsumed: setting.points,
  };
  const handle = await getDbHandle();
  // PGlite is one process by construction: its limits can live in that process.
  if (handle.kind === "pglite") return { limiter: new RateLimiterMemory(options), points: setting.points };
  const limiter = new RateLimiterPostgres({
    ...options,
    storeClient: postgresStore,
    storeType: "pool",
    tableName: "rate_limits",
    // Made by migration 0005 (db/schema/rate-limits.ts), not by the library at run time.
    tableCreated: true,
    // While PostgreSQL does not answer, each instance keeps counting on its own.
    insuranceLimiter: new RateLimiterMemory(options),
  });
  return { limiter, points: setting.points };
}

/** The limiter of that name for this process, or null when its setting is "off". */
export function limiterFor(name: TLimiterName): Promise<TLimiter | null> {
  holder.__dudaoLimiters ??= new Map();
  let limiter = holder.__dudaoLimiters.get(name);
  if (!limiter) {
    limiter = build(name);
    holder.__dudaoLimiters.set(name, limiter);
  }
  return limiter;
}

/** Tests change the settings or the database between files and cases. */
export function resetLimitersForTests(): void {
  holder.__dudaoLimiters = undefined;
}
