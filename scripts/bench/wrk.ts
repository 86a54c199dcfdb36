import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { THttpFigures, THttpRequest } from "./http";

/** Requests built per run: enough to rotate over every id a scenario names (2,000 task ids). */
const DISTINCT_REQUESTS = 4000;

const luaString = (value: string) => JSON.stringify(value); // a JSON string literal is a valid Lua one for these ASCII values

/**
 * The Lua script wrk runs in each of its threads: requests in rotation, and at
 * the end one line of JSON with the totals and the latency percentiles (µs).
 */
function script(requests: THttpRequest[]): string {
  const paths = requests.map((r) => luaString(r.path)).join(",\n");
  const first = requests[0]!;
  const headers = first.cookie ? { cookie: first.cookie, accept: "text/html" } : { authorization: `Bearer ${first.token}`, accept: "application/json" };
  const headerTable = Object.entries(headers)
    .map(([name, value]) => `[${luaString(name)}] = ${luaString(value)}`)
    .join(", ");
  return `local paths = {
${paths}
}
local headers = { ${headerTable} }
local k = 0
request = function()
  k = k + 1
  return wrk.format("GET", paths[(k % #paths) + 1], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRKJSON {"requests":%d,"duration":%d,"p50":%d,"p99":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.connect, e.read, e.write, e.status, e.timeout))
end
`;
}

type TWrkTotals = { requests: number; duration: number; p50: number; p99: number; connect: number; read: number; write: number; status: number; timeout: number };

/**
 * The issue's own harness (wrk -t2 -c10, as Redmine was measured): a load
 * generator in C that takes a few per cent of a core, where autocannon (in
 * Node) takes a large share of the two the server and PostgreSQL also use.
 * GET requests only (the write keeps each task's version from its answers:
 * autocannon).
 */
export async function runWrk(baseUrl: string, connections: number, seconds: number, build: (k: number) => THttpRequest): Promise<THttpFigures> {
  const seen = new Set<string>();
  const requests: THttpRequest[] = [];
  for (let k = 0; k < DISTINCT_REQUESTS; k++) {
    const r = build(k);
    if (r.method !== "GET") throw new Error("wrk runs GET requests only");
    if (!seen.has(r.path)) {
      seen.add(r.path);
      requests.push(r);
    }
  }
  const folder = mkdtempSync(path.join(tmpdir(), "dudao-wrk-"));
  const file = path.join(folder, "requests.lua");
  writeFileSync(file, script(requests));
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const threads = Math.min(2, connections);
      const child = spawn("wrk", [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, "--timeout", "30s", "-s", file, baseUrl], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.once("error", (error) => reject(new Error(`wrk could not start (install it: apt-get install wrk): ${error.message}`)));
      child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk exited with ${code}: ${out}`))));
    });
    const line = output.split("\n").find((l) => l.startsWith("WRKJSON "));
    if (!line) throw new Error(`wrk printed no totals: ${output}`);
    const totals = JSON.parse(line.slice("WRKJSON ".length)) as TWrkTotals;
    const errors = totals.connect + totals.read + totals.write + totals.timeout;
    return {
      rps: totals.requests / (totals.duration / 1e6),
      p50: Math.round(totals.p50 / 100) / 10,
      p99: Math.round(totals.p99 / 100) / 10,
      errors,
      non2xx: totals.status,
      conflicts: 0,
      ok: totals.requests - totals.status - errors,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
