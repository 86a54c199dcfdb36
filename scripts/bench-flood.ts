// npx tsx scripts/bench-flood.ts [--duration 15] [--burst 10] [--connections 10] [--json file]
// (also `npm run bench:flood`)
//
// Does a sign-in flood from one address slow other users' pages? Starts the
// app twice on a scratch embedded database with the demo district (or on
// DATABASE_URL when set): once with every sign-in throttle off (as before
// issue 11), once with the defaults. Each time a signed-in user loads
// /workbench one request after another, first alone, then while autocannon
// floods POST /api/v1/auth/token with wrong passwords from another address
// (one password against every account). Prints the page's median and p90
// alone, in the flood's first `burst` seconds (when the attempts a limit
// allows are still being checked, argon2 and all) and for `duration` seconds
// after that (the sustained flood), and what the flood got back.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { percentile } from "./bench/stats";
import { signInCookie } from "./bench/http";
import { startAppServer } from "./bench/server";

const { values } = parseArgs({
  options: { duration: { type: "string", default: "15" }, burst: { type: "string", default: "10" }, connections: { type: "string", default: "10" }, json: { type: "string" } },
});
const seconds = Number(values.duration);
const burst = Number(values.burst);
const connections = Number(values.connections);
const ATTACKER = "198.51.100.66";
const VICTIM = "203.0.113.10";
const LOGINS = ["admin", "supervisor", "leader", "sfj_head", "sfj_officer", "scj_officer", "wang", "li", "zhang", "liu"];
const OFF = ["RATE_LIMIT_SIGN_IN_IP", "RATE_LIMIT_SIGN_IN_FAILURES_IP", "RATE_LIMIT_SIGN_IN_ACCOUNT", "RATE_LIMIT_API_IP", "RATE_LIMIT_API_TOKEN"];

/** Loads the page one request after another for `seconds`; latencies in ms. */
async function pageTimes(baseUrl: string, cookie: string, seconds: number): Promise<number[]> {
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/workbench`, { headers: { cookie, "x-forwarded-for": VICTIM } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`the victim's page answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

function flood(baseUrl: string, seconds: number) {
  let k = 0;
  const statuses = new Map<number, number>();
  return autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          method: "POST",
          path: "/api/v1/auth/token",
          headers: { "content-type": "application/json", "x-forwarded-for": ATTACKER },
          body: JSON.stringify({ login: LOGINS[k++ % LOGINS.length], password: "Spray#2026" }),
        }),
        onResponse: (status) => {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        },
      },
    ],
  }).then((result) => ({ rps: result.requests.average, statuses: Object.fromEntries(statuses) }));
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const rows: Record<string, unknown>[] = [];
for (const [label, env] of [
  ["throttles off (before)", Object.fromEntries(OFF.map((name) => [name, "off"]))],
  ["throttles on (defaults)", {}],
] as const) {
  const folder = mkdtempSync(path.join(tmpdir(), "dudao-flood-"));
  const server = await startAppServer(process.env.DATABASE_URL ?? null, 0, {
    ...(process.env.DATABASE_URL ? {} : { PGLITE_DIR: path.join(folder, "pglite"), SEED_DEMO: "true" }),
    AUDIT_CHECKPOINT_FILE: path.join(folder, "checkpoints.jsonl"),
    // Victim and attacker both connect from loopback; X-Forwarded-For tells them
    // apart, as a proxy in front would (believed only from TRUSTED_PROXIES).
    TRUSTED_PROXIES: "loopback",
    ...env,
  });
  try {
    // The victim signs in from its own address, through next-auth's credentials flow.
    const cookie = await signInCookie(server.baseUrl, "sfj_head", "Demo#2026", { "x-forwarded-for": VICTIM });
    await pageTimes(server.baseUrl, cookie, 3); // warm-up, not counted
    const quiet = await pageTimes(server.baseUrl, cookie, seconds);
    const attacking = flood(server.baseUrl, burst + seconds);
    const early = await pageTimes(server.baseUrl, cookie, burst);
    const flooded = await pageTimes(server.baseUrl, cookie, seconds);
    const attack = await attacking;
    const row = {
      label,
      quietP50: percentile(quiet, 50),
      quietP90: percentile(quiet, 90),
      burstP50: percentile(early, 50),
      floodP50: percentile(flooded, 50),
      floodP90: percentile(flooded, 90),
      slowdown: percentile(flooded, 50) / percentile(quiet, 50) - 1,
      floodRps: attack.rps,
      floodStatuses: attack.statuses,
    };
    rows.push(row);
    console.log(
      `${label}: page p50 ${ms(row.quietP50)} alone, ${ms(row.burstP50)} in the flood's first ${burst} s, ${ms(row.floodP50)} in the next ${seconds} s (${(row.slowdown * 100).toFixed(0)} %); p90 ${ms(row.quietP90)} → ${ms(row.floodP90)}; flood ${attack.rps.toFixed(0)} req/s, answers ${JSON.stringify(attack.statuses)}`,
    );
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}
if (values.json) writeFileSync(values.json, JSON.stringify({ seconds, burst, connections, rows }, null, 2));
