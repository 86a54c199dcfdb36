import { createHash } from "node:crypto";
import { RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { limiterFor, type TLimiterName } from "./limiters";

/** The key of a client address; requests whose address is unknown share one. */
export const ipKey = (ip: string | null) => ip ?? "unknown";

/** Keys that must not be stored as they are (bearer tokens): a short SHA-256. */
export const secretKey = (secret: string) => createHash("sha256").update(secret).digest("hex").slice(0, 32);

function throttled(name: TLimiterName, key: string, msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  // Logged (never audited: a flood must not turn into a flood of audit writes);
  // the key names an address, an account name or a token's hash, never a secret.
  logger.warn({ limiter: name, key, retryAfter: seconds }, "request throttled");
  return new AppError("THROTTLED", "throttled", { params: { seconds } });
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
