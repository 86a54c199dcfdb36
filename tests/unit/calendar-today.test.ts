import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { todayIn } from "@/lib/domain/calendar";
import { FUZZ_SEED } from "../support/fuzz-seed";

// todayIn reads the day from a cached Intl formatter; date-fns' zoned date is the reference.
const reference = (timeZone: string, instant: Date) => format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
const ZONES = ["Asia/Shanghai", "UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata", "Australia/Lord_Howe", "Europe/London"];

describe("todayIn", () => {
  it("names the same day as a zoned date-fns date, for any instant and zone", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2200-12-31T23:59:59Z"), noInvalidDate: true }), (zone, instant) => {
        expect(todayIn(zone, instant)).toBe(reference(zone, instant));
      }),
      { numRuns: 2000, seed: FUZZ_SEED },
    );
  });

  it("turns the day at the zone's midnight, not the server's", () => {
    expect(todayIn("Asia/Shanghai", new Date("2026-12-31T15:59:59.999Z"))).toBe("2026-12-31");
    expect(todayIn("Asia/Shanghai", new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
    expect(todayIn("America/Los_Angeles", new Date("2027-01-01T07:59:59Z"))).toBe("2026-12-31");
    expect(todayIn("UTC", new Date("0999-03-01T00:00:00Z"))).toBe("0999-03-01");
  });

  it("refuses a zone that does not exist", () => {
    expect(() => todayIn("Mars/Olympus_Mons", new Date("2026-12-07T00:00:00Z"))).toThrow(RangeError);
  });
});
