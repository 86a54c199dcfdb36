import { createHash } from "node:crypto";
import { RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { limiterFor, type TLimiterName } from "./limiters";

/** The key of a client address; requests whose address is unknown share one. */
export const ipKey = (ip: string | null) => ip ?? "unknown";

/** Keys that must not be stored as they are (bearer tokens): a short SHA-256. */
export const secretKey = (secret: string) => createHash("sha256").update(secret).digest("hex").slice(0, 32);

// Keys whose block has been logged, until their window ends: one line per block, not per request.
const logged = new Map<string, number>();

function throttled(name: TLimiterName, key: string, msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const id = `${name}:${key}`;
  const now = performance.now();
  if ((logged.get(id) ?? 0) < now) {
    if (logged.size > 10_000) logged.clear();
    logged.set(id, now + msBeforeNext);
    // Logged (never audited: a flood must not turn into a flood of audit writes);
    // the key names an address, an account name or a token's hash, never a secret.
    logger.warn({ limiter: name, key, retryAfter: seconds }, "throttling starts");
  }
  return new AppError("THROTTLED", "throttled", { params: { seconds } });
}

/**
 * How long a throttled request is held before its 429 goes out. Holding costs
 * a timer, not CPU, and caps what one connection of a flood can send (about
 * one request a second) while the answer is already known; the number of
 * connections per address is the reverse proxy's to limit (nginx limit_conn).
 */
export const THROTTLED_ANSWER_DELAY_MS = 1000;

export function holdThrottledAnswer(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, THROTTLED_ANSWER_DELAY_MS));
}

/** Takes one point from the key's budget, or refuses with 429 (THROTTLED) when none is left. */
export async function consume(name: TLimiterName, key: string, points = 1): Promise<void> {
  const entry = await limiterFor(name);
  if (!entry) return;
  try {
    await entry.limiter.consume(key, points);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw throttled(name, key, rejection.msBeforeNext);
    throw rejection;
  }
}

/** Counts an outcome (a failed sign-in) without refusing this request; the next one is checked by assertBudgetLeft. */
export async function penalise(name: TLimiterName, key: string): Promise<void> {
  const entry = await limiterFor(name);
  if (!entry) return;
  await entry.limiter.penalty(key, 1);
}

/** Refuses when the key has used its whole budget (counted by penalise), without taking a point. */
export async function assertBudgetLeft(name: TLimiterName, key: string): Promise<void> {
  const entry = await limiterFor(name);
  if (!entry) return;
  const state = await entry.limiter.get(key);
  if (state && state.consumedPoints >= entry.points) throw throttled(name, key, state.msBeforeNext);
}

/** Counts one more (never refuses) and answers how many the key has now, or null when the limiter is off. */
export async function countAndRead(name: TLimiterName, key: string): Promise<number | null> {
  const entry = await limiterFor(name);
  if (!entry) return null;
  const result = await entry.limiter.penalty(key, 1);
  return result.consumedPoints;
}

/** Forgets a key's count (a successful sign-in, a count that reached its end). */
export async function forget(name: TLimiterName, key: string): Promise<void> {
  const entry = await limiterFor(name);
  if (!entry) return;
  await entry.limiter.delete(key);
}
