import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { THttpFigures, THttpRequest } from "./http";

/** Requests built per run: enough to rotate over every id a scenario names (2,000 task ids). */
const DISTINCT_REQUESTS = 4000;

const luaString = (value: string) => JSON.stringify(value); // a JSON string literal is a valid Lua one (its escapes are Lua's too; other characters pass as UTF-8 bytes)

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

type TWrkTotals = { requests: number; duration: number; p50: number; p99: number; connect: number; read: number; write: number; status: number; timeout: number; conflicts?: number };

const threadsFor = (connections: number) => Math.min(2, connections);

/**
 * The issue's own harness (wrk -t2 -c10, as Redmine was measured): a load
 * generator in C that takes a few per cent of a core, where autocannon (in
 * Node) takes a large share of the two the server and PostgreSQL also use.
 * GET requests only (the write: runWrkProgress below).
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
  return runScript(baseUrl, connections, seconds, script(requests));
}

/** Runs wrk -t2 (one thread per connection below two) with a Lua script that prints WRKJSON totals. */
async function runScript(baseUrl: string, connections: number, seconds: number, lua: string): Promise<THttpFigures> {
  const folder = mkdtempSync(path.join(tmpdir(), "dudao-wrk-"));
  const file = path.join(folder, "requests.lua");
  writeFileSync(file, lua);
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn("wrk", [`-t${threadsFor(connections)}`, `-c${connections}`, `-d${seconds}s`, "--timeout", "30s", "-s", file, baseUrl], { stdio: ["ignore", "pipe", "pipe"] });
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
      conflicts: totals.conflicts ?? 0,
      ok: totals.requests - totals.status - errors,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A task the write run reports on, as the bearer of `token`; `version` and `progress` as last read. */
export type TWrkProgressTarget = { taskId: string; token: string; version: number; progress: number };

/**
 * The progress write under wrk, so that reads and writes are measured by the
 * same harness. Each thread takes every other target and reports on them in
 * rotation; a 200's answer (the task: its id, then its version and progress
 * before any nested part) gives that task's next version, as the autocannon
 * run keeps it. With two targets or more per connection in flight, a report
 * is never sent on a version its previous answer has not returned yet; a 409
 * would be counted apart, as with autocannon.
 */
export async function runWrkProgress(baseUrl: string, connections: number, seconds: number, targets: TWrkProgressTarget[], note: string): Promise<THttpFigures> {
  if (targets.length < connections * 2) throw new Error(`the write run needs at least ${connections * 2} tasks for ${connections} connections (has ${targets.length})`);
  const rows = targets
    .map((t) => `{ id = ${luaString(t.taskId)}, token = ${luaString(t.token)}, version = ${t.version}, progress = ${t.progress} }`)
    .join(",\n");
  const lua = `local targets = {
${rows}
}
local note = ${luaString(JSON.stringify(note))}
local threads = {}
setup = function(thread)
  thread:set("part", #threads)
  table.insert(threads, thread)
end
local mine, byId, k = {}, {}, 0
conflicts = 0
init = function(args)
  for i, t in ipairs(targets) do
    if (i - 1) % ${threadsFor(connections)} == part then
      table.insert(mine, t)
      byId[t.id] = t
    end
  end
end
request = function()
  k = k % #mine + 1
  local t = mine[k]
  local body = string.format('{"percent":%d,"note":%s,"version":%d}', math.min(99, t.progress + 1), note, t.version)
  return wrk.format("POST", "/api/v1/tasks/" .. t.id .. "/progress", { ["authorization"] = "Bearer " .. t.token, ["content-type"] = "application/json", ["accept"] = "application/json" }, body)
end
response = function(status, headers, body)
  if status == 409 then conflicts = conflicts + 1 end
  if status ~= 200 then return end
  local t = byId[string.match(body, '"id":"([^"]+)"')]
  if t then
    t.version = tonumber(string.match(body, '"version":(%d+)'))
    t.progress = tonumber(string.match(body, '"progress":(%d+)'))
  end
end
done = function(summary, latency, requests)
  local e = summary.errors
  local c = 0
  for _, thread in ipairs(threads) do c = c + thread:get("conflicts") end
  io.write(string.format('WRKJSON {"requests":%d,"duration":%d,"p50":%d,"p99":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"conflicts":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.connect, e.read, e.write, e.status, e.timeout, c))
end
`;
  return runScript(baseUrl, connections, seconds, lua);
}
