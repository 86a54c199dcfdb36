import { describe, expect, it } from "vitest";
import { daysBetween, todayIn } from "@/lib/domain/calendar";
import { TASK_STATUSES } from "@/lib/domain/codes";
import { daysOverdue, warningLevel } from "@/lib/domain/warning";

const open = (fields: Partial<Parameters<typeof warningLevel>[0]>) => ({
  status: "in_progress" as const,
  dueDate: "2026-06-30",
  startDate: "2026-01-01",
  progress: 50,
  ...fields,
});

describe("warning level", () => {
  it("is done for completed and cancelled tasks, whatever the dates", () => {
    for (const status of ["completed", "cancelled"] as const) {
      expect(warningLevel(open({ status, dueDate: "2020-01-01" }), "2026-06-01")).toBe("done");
    }
  });

  it("is red from the day after the due date, never on it", () => {
    expect(warningLevel(open({}), "2026-06-30")).toBe("yellow");
    expect(warningLevel(open({}), "2026-07-01")).toBe("red");
    expect(daysOverdue("2026-06-30", "2026-06-30")).toBe(0);
    expect(daysOverdue("2026-06-30", "2026-07-03")).toBe(3);
  });

  it("is yellow within 7 days of the due date", () => {
    expect(warningLevel(open({ progress: 90 }), "2026-06-22")).toBe("green");
    expect(warningLevel(open({ progress: 90 }), "2026-06-23")).toBe("yellow");
  });

  it("is yellow when elapsed time leads progress by 30 points", () => {
    // 2026-01-01 → 2026-06-30 is 180 days; on 2026-04-01 (90 days) half the time is gone.
    expect(warningLevel(open({ progress: 21 }), "2026-04-01")).toBe("green");
    expect(warningLevel(open({ progress: 20 }), "2026-04-01")).toBe("yellow");
    expect(warningLevel(open({ progress: 0, startDate: null }), "2026-04-01")).toBe("green");
  });

  it("applies to every open status, and drafts or undated tasks are green", () => {
    for (const status of TASK_STATUSES) {
      const expected = status === "completed" || status === "cancelled" || status === "carried_over" ? "done" : status === "draft" ? "green" : "red";
      expect(warningLevel(open({ status }), "2026-08-01")).toBe(expected);
    }
    expect(warningLevel(open({ dueDate: null }), "2026-08-01")).toBe("green");
  });

  it("honours another policy", () => {
    expect(warningLevel(open({ progress: 90 }), "2026-06-10", { dueSoonDays: 30, behindPoints: 30 })).toBe("yellow");
  });
});

describe("today in the configured time zone", () => {
  // A task due 2026-03-21 in Shanghai: 23:59 there is 15:59 UTC the same day; 00:00 the next day is 16:00 UTC.
  const due = open({ dueDate: "2026-03-21", progress: 100 });

  it("is not overdue at 23:59 Shanghai time on the due date", () => {
    const today = todayIn("Asia/Shanghai", new Date("2026-03-21T15:59:59Z"));
    expect(today).toBe("2026-03-21");
    expect(warningLevel(due, today)).toBe("yellow");
  });

  it("is overdue at 00:00 Shanghai time the next day, though it is still the 21st in UTC", () => {
    const today = todayIn("Asia/Shanghai", new Date("2026-03-21T16:00:00Z"));
    expect(today).toBe("2026-03-22");
    expect(warningLevel(due, today)).toBe("red");
  });

  it("does not depend on the server's own time zone", () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"]) {
        process.env.TZ = tz;
        expect(todayIn("Asia/Shanghai", new Date("2026-03-21T16:00:00Z"))).toBe("2026-03-22");
        expect(todayIn("Asia/Shanghai", new Date("2026-03-21T15:59:59Z"))).toBe("2026-03-21");
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it("counts days across months and leap years", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2026-03-10", "2026-03-01")).toBe(-9);
  });
});

describe("calendar days", () => {
  it("accepts only real days written YYYY-MM-DD", async () => {
    const { isIsoDate } = await import("@/lib/domain/calendar");
    expect(isIsoDate("2028-02-29")).toBe(true);
    for (const bad of ["2030-02-30", "2026-13-01", "2026-1-01", "20260101", "", "2026-00-10"]) expect(isIsoDate(bad), bad).toBe(false);
  });
});
