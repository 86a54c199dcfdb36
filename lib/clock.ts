import { AsyncLocalStorage } from "node:async_hooks";

// The one place the server reads the wall clock. Every rule that depends on
// "now" (overdue, warnings, the extension window, reminders, notice dates,
// assessment, session expiry, the demo seed) asks here, so that a caller can
// pin the time for a whole operation — the demo seed builds its story "as of"
// the day it is given — and tests can move it without touching the system.

const pinned = new AsyncLocalStorage<Date>();
let fixedForTests: Date | null = null;

/** The current instant: the pinned one inside `atInstant`, else the test override, else the system clock. */
export function now(): Date {
  const instant = pinned.getStore() ?? fixedForTests;
  return instant ? new Date(instant.getTime()) : new Date();
}

/** Milliseconds since the epoch, by the same clock. */
export function nowMs(): number {
  return now().getTime();
}

/** Runs `fn` (and everything it awaits) with `now()` answering `instant`. */
export function atInstant<T>(instant: Date, fn: () => T): T {
  return pinned.run(instant, fn);
}

/** Tests only: pin the clock for the whole process (null releases it). */
export function setClockForTests(instant: Date | null): void {
  fixedForTests = instant;
}

/** For call sites that already have a local named `now`. */
export const clock = { now, nowMs };
