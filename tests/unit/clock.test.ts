import { afterEach, describe, expect, it } from "vitest";
import { atInstant, clock, now, setClockForTests } from "@/lib/clock";

const PINNED = new Date("2027-03-31T15:30:00Z");

describe("clock", () => {
  afterEach(() => setClockForTests(null));

  it("answers the pinned instant inside atInstant, across awaits", async () => {
    const seen = await atInstant(PINNED, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return now().toISOString();
    });
    expect(seen).toBe(PINNED.toISOString());
  });

  it("does not leak the pinned instant outside its callback", async () => {
    await atInstant(PINNED, async () => undefined);
    expect(Math.abs(clock.nowMs() - Date.now())).toBeLessThan(1000);
  });

  it("keeps two pinned operations apart when they run concurrently", async () => {
    const other = new Date("2030-01-01T00:00:00Z");
    const [a, b] = await Promise.all([
      atInstant(PINNED, async () => { await new Promise((r) => setTimeout(r, 5)); return now(); }),
      atInstant(other, async () => now()),
    ]);
    expect(a.toISOString()).toBe(PINNED.toISOString());
    expect(b.toISOString()).toBe(other.toISOString());
  });

  it("lets a test pin the whole process, and a pinned operation still wins", () => {
    setClockForTests(new Date("2028-06-01T00:00:00Z"));
    expect(now().toISOString()).toBe("2028-06-01T00:00:00.000Z");
    expect(atInstant(PINNED, () => now().toISOString())).toBe(PINNED.toISOString());
  });

  it("hands out copies, so a caller cannot move the clock by mutating a date", () => {
    setClockForTests(PINNED);
    now().setFullYear(1999);
    expect(now().toISOString()).toBe(PINNED.toISOString());
  });
});
