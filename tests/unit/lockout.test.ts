import { describe, expect, it } from "vitest";
import { afterFailure, afterSuccess, isLocked } from "@/lib/domain/lockout";

const policy = { threshold: 5, minutes: 15 };
const t0 = new Date("2026-03-01T08:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe("lockout", () => {
  it("locks on the fifth consecutive failure for 15 minutes", () => {
    let state = { failedAttempts: 0, lockedUntil: null as Date | null };
    for (let i = 1; i <= 4; i++) {
      const next = afterFailure(state, t0, policy);
      expect(next).toMatchObject({ failedAttempts: i, lockedUntil: null, justLocked: false });
      state = next;
    }
    const locked = afterFailure(state, t0, policy);
    expect(locked.justLocked).toBe(true);
    expect(locked.lockedUntil).toEqual(minutes(15));
    expect(isLocked(locked, minutes(14.99))).toBe(true);
    expect(isLocked(locked, minutes(15))).toBe(false);
  });

  it("forgets an expired lock before counting a new failure", () => {
    const expired = { failedAttempts: 0, lockedUntil: minutes(-1) };
    expect(afterFailure(expired, t0, policy)).toMatchObject({ failedAttempts: 1, lockedUntil: null });
  });

  it("resets after a success", () => {
    expect(afterSuccess()).toEqual({ failedAttempts: 0, lockedUntil: null });
    expect(isLocked(afterSuccess(), t0)).toBe(false);
  });

  it("honours another policy", () => {
    const strict = { threshold: 2, minutes: 60 };
    const once = afterFailure({ failedAttempts: 0, lockedUntil: null }, t0, strict);
    const twice = afterFailure(once, t0, strict);
    expect(twice.justLocked).toBe(true);
    expect(twice.lockedUntil).toEqual(minutes(60));
  });
});
