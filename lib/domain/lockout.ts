// Pure lockout rule: after `threshold` consecutive failures the account is
// locked for `minutes`; the counter starts again after a lock.
export type TLockoutPolicy = { threshold: number; minutes: number };
export type TLockState = { failedAttempts: number; lockedUntil: Date | null };

export function isLocked(state: TLockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function afterFailure(state: TLockState, now: Date, policy: TLockoutPolicy): TLockState & { justLocked: boolean } {
  // A lock that has run out is forgotten before counting this failure.
  const base = state.lockedUntil && !isLocked(state, now) ? 0 : state.failedAttempts;
  const failedAttempts = base + 1;
  if (failedAttempts >= policy.threshold) {
    return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + policy.minutes * 60_000), justLocked: true };
  }
  return { failedAttempts, lockedUntil: null, justLocked: false };
}

export function afterSuccess(): TLockState {
  return { failedAttempts: 0, lockedUntil: null };
}
