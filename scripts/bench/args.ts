import { parseArgs } from "node:util";

export const SCENARIOS = ["overdue", "department", "detail", "progress", "dashboard", "page", "assessment", "cockpit-cards"] as const;
export type TScenarioName = (typeof SCENARIOS)[number];

export type TBenchOptions = {
  connections: number;
  /** Seconds per scenario and per side (HTTP, then raw SQL). */
  duration: number;
  /** Loopback port for `next start`; 0 picks a free one. */
  port: number;
  only: TScenarioName[];
  /** Skip the HTTP side (the app is not there yet, or only the SQL is of interest). */
  sqlOnly: boolean;
  /** Where to write the table as JSON, for docs/performance.md. */
  json: string | null;
  /** The HTTP load generator of the GET requests: autocannon (in Node, the default) or wrk (the harness; must be installed). */
  driver: "autocannon" | "wrk";
};

function whole(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} takes a whole number from ${min} to ${max} (got "${value}")`);
  return n;
}

function driverOf(value: string | undefined): TBenchOptions["driver"] {
  if (value === undefined || value === "autocannon") return "autocannon";
  if (value === "wrk") return "wrk";
  throw new Error(`--driver takes autocannon or wrk (got "${value}")`);
}

/** `--connections 10 --duration 15 --port 0 --only overdue,detail --sql-only --json out.json --driver wrk` */
export function parseBenchArgs(argv: string[]): TBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      connections: { type: "string", short: "c" },
      duration: { type: "string", short: "d" },
      port: { type: "string" },
      only: { type: "string" },
      "sql-only": { type: "boolean", default: false },
      json: { type: "string" },
      driver: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  const only = values.only ? values.only.split(",").map((s) => s.trim()).filter(Boolean) : [...SCENARIOS];
  const unknown = only.filter((s) => !(SCENARIOS as readonly string[]).includes(s));
  if (unknown.length || only.length === 0) throw new Error(`--only takes a comma-separated list of ${SCENARIOS.join(", ")} (unknown: ${unknown.join(", ") || "none given"})`);
  return {
    connections: whole("connections", values.connections, 10, 1, 1000),
    duration: whole("duration", values.duration, 15, 1, 3600),
    port: whole("port", values.port, 0, 0, 65535),
    only: only as TScenarioName[],
    sqlOnly: values["sql-only"] ?? false,
    json: values.json ?? null,
    driver: driverOf(values.driver),
  };
}
