import { describe, expect, it } from "vitest";
import { parseBenchArgs, SCENARIOS } from "@/scripts/bench/args";
import { formatMs, formatRatio, formatRps, formatTable, percentile, summarize } from "@/scripts/bench/stats";

describe("bench arguments", () => {
  it("defaults to 10 connections for 15 s on a free port, every request", () => {
    expect(parseBenchArgs([])).toEqual({ connections: 10, duration: 15, port: 0, only: [...SCENARIOS], sqlOnly: false, json: null, driver: "autocannon" });
  });

  it("reads flags, short forms and a list of requests", () => {
    expect(parseBenchArgs(["-c", "4", "-d", "5", "--port", "3100", "--only", "detail, progress", "--sql-only", "--json", "out.json", "--driver", "wrk"])).toEqual({
      connections: 4,
      duration: 5,
      port: 3100,
      only: ["detail", "progress"],
      sqlOnly: true,
      json: "out.json",
      driver: "wrk",
    });
  });

  it("refuses unknown requests and out-of-range numbers, naming the flag", () => {
    expect(() => parseBenchArgs(["--only", "detail,login"])).toThrow(/--only.*login/);
    expect(() => parseBenchArgs(["--connections", "0"])).toThrow(/--connections/);
    expect(() => parseBenchArgs(["--duration", "2.5"])).toThrow(/--duration/);
    expect(() => parseBenchArgs(["--port", "70000"])).toThrow(/--port/);
    expect(() => parseBenchArgs(["--driver", "ab"])).toThrow(/--driver/);
    expect(() => parseBenchArgs(["--verbose"])).toThrow();
  });
});

describe("bench figures", () => {
  it("takes nearest-rank percentiles whatever the order", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("summarises a run as requests per second and percentiles", () => {
    expect(summarize([10, 20, 30, 40], 2, 1)).toEqual({ rps: 2, p50: 20, p99: 40, errors: 1 });
    expect(summarize([], 0).rps).toBe(0);
  });

  it("formats the ratio of raw SQL to app throughput, and dashes for what is missing", () => {
    expect(formatRatio(100, 250)).toBe("2.5×");
    expect(formatRatio(10, 470)).toBe("47×");
    expect(formatRatio(null, 10)).toBe("—");
    expect(formatRatio(0, 10)).toBe("—");
    expect(formatRps(1234.5)).toBe("1235");
    expect(formatRps(12.34)).toBe("12.3");
    expect(formatMs(3.14159)).toBe("3.1 ms");
    expect(formatMs(Number.NaN)).toBe("—");
  });

  it("prints one Markdown row per endpoint, with 409s shown beside the other non-2xx", () => {
    const table = formatTable([
      { endpoint: "POST /tasks/{id}/progress", app: { rps: 50, p50: 150, p99: 400, errors: 0, non2xx: 3, conflicts: 2 }, raw: { rps: 125, p50: 40, p99: 90, errors: 0 } },
      { endpoint: "GET /x", app: null, raw: { rps: 5, p50: 1.5, p99: 2, errors: 0 } },
    ]);
    const lines = table.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe("| POST /tasks/{id}/progress | 50.0 | 150 ms | 400 ms | 3 (2 × 409) | 125 | 40.0 ms | 90.0 ms | 2.5× |");
    expect(lines[3]).toContain("| GET /x | — | — | — | — | 5.0 |");
  });
});
