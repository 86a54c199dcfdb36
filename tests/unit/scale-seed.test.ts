import { describe, expect, it } from "vitest";
import { scaleDepartments } from "@/lib/seed/scale/scale-departments";
import { parseScaleArgs } from "@/lib/seed/scale/scale-options";
import { SCALE_SUPERVISOR, scaleUsers } from "@/lib/seed/scale/scale-users";

describe("scale seed arguments", () => {
  it("defaults to a province: 100,000 tasks, 300 departments, ten accounts each", () => {
    expect(parseScaleArgs([])).toEqual({ tasks: 100_000, departments: 300, users: 3_000, reset: false });
  });

  it("reads the counts and --reset", () => {
    expect(parseScaleArgs(["--tasks", "500", "--departments=12", "--users", "80", "--reset"])).toEqual({ tasks: 500, departments: 12, users: 80, reset: true });
    expect(parseScaleArgs(["--tasks", "1_000"]).tasks).toBe(1000);
  });

  it("refuses what cannot be loaded, naming the flag", () => {
    expect(() => parseScaleArgs(["--tasks", "0"])).toThrow(/--tasks/);
    expect(() => parseScaleArgs(["--tasks", "1.5"])).toThrow(/--tasks/);
    expect(() => parseScaleArgs(["--departments", "2"])).toThrow(/--departments/);
    expect(() => parseScaleArgs(["--departments", "10", "--users", "20"])).toThrow(/--users must be at least 23/);
    expect(() => parseScaleArgs(["--task", "5"])).toThrow();
  });
});

describe("scale departments and accounts", () => {
  it("names 300 distinct departments of every kind, provincial ones first", () => {
    const departments = scaleDepartments(300);
    expect(new Set(departments.map((d) => d.name)).size).toBe(300);
    expect(departments[1]).toMatchObject({ name: "省司法厅", kind: "district" });
    expect(new Set(departments.map((d) => d.kind))).toEqual(new Set(["district", "other", "township"]));
    expect(new Set(departments.map((d) => d.sortOrder)).size).toBe(300);
  });

  it("spreads 3,000 accounts: a head and an active officer in every department, unique accounts and phones", () => {
    const users = scaleUsers(300, 3000);
    expect(users).toHaveLength(3000);
    expect(new Set(users.map((u) => u.account)).size).toBe(3000);
    expect(new Set(users.map((u) => u.phone)).size).toBe(3000);
    expect(users.find((u) => u.account === SCALE_SUPERVISOR)).toMatchObject({ roles: ["supervisor"], status: "active" });
    for (let d = 0; d < 300; d++) {
      const mine = users.filter((u) => u.department === d);
      expect(mine.some((u) => u.roles.includes("dept_head") && u.status === "active")).toBe(true);
      expect(mine.some((u) => u.roles.includes("dept_officer") && u.status === "active")).toBe(true);
    }
    const count = (role: string) => users.filter((u) => u.roles.includes(role as never)).length;
    expect(count("supervisor")).toBeGreaterThan(10);
    expect(count("leader")).toBeGreaterThan(3);
    expect(count("admin")).toBeGreaterThanOrEqual(1);
    // Pending registrations have no role yet, as the registration form leaves them.
    expect(users.filter((u) => u.status === "pending").every((u) => u.roles.length === 0)).toBe(true);
  });
});
