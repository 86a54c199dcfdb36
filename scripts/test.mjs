// `npm test`: every suite, each in its own vitest run, then one summary line.
// unit · integration on embedded PGlite · integration on PostgreSQL (when
// TEST_DATABASE_URL names a server) · browser tests against the built app
// (skipped with a message when there is no Chromium, unless CI=true).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const outDir = path.join(root, ".data", "test-results");
mkdirSync(outDir, { recursive: true });
const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
const only = process.argv.slice(2);

const suites = [
  { name: "unit", project: "unit", env: {} },
  { name: "integration (PGlite)", project: "integration", env: { TEST_DATABASE_URL: "" } },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: "integration (PostgreSQL)", project: "integration", env: { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL } }]
    : []),
  // Time is an input: the integration suite again with the system clock moved
  // (Debian's faketime; PostgreSQL's own now() is not moved, which is the
  // point: a rule that mixes it with the app's clock fails here).
  ...movedClockSuites(),
  { name: "e2e (browser)", project: "e2e", env: {} },
].filter((s) => only.length === 0 || only.includes(s.project) || (s.clock && only.includes("clock")));

function movedClockSuites() {
  const database = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
  return [
    { name: `integration (${database}, clock +1 year)`, project: "integration", clock: "+365d", env: {} },
    // 23:30 in Shanghai on the last day of the year: the day, the month and the year all turn within the run.
    { name: `integration (${database}, 2026-12-31 23:30 Asia/Shanghai)`, project: "integration", clock: "@2026-12-31 15:30:00", env: {} },
  ];
}

const FAKETIME = ["/usr/bin/faketime", "/usr/local/bin/faketime"].find((file) => existsSync(file));

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const failures = [];

// CI keeps only the tail of the output, so the names of failed tests are
// repeated at the end, with the first line of each failure.
function failedTests(json, suiteName) {
  const found = [];
  for (const file of json.testResults ?? []) {
    const relative = path.relative(root, file.name);
    const failed = (file.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failed) {
      const reason = String(test.failureMessages?.[0] ?? "").split("\n")[0].slice(0, 300);
      found.push(`  ${suiteName} · ${relative} · ${test.fullName}\n      ${reason}`);
    }
    if (failed.length === 0 && file.status === "failed") {
      found.push(`  ${suiteName} · ${relative} · (file failed outside a test)\n      ${String(file.message ?? "").split("\n")[0].slice(0, 300)}`);
    }
  }
  return found;
}
for (const suite of suites) {
  const report = path.join(outDir, `${suite.name.replace(/\W+/g, "-")}.json`);
  rmSync(report, { force: true });
  const started = Date.now();
  const env = { ...process.env, ...suite.env };
  if (env.TEST_DATABASE_URL === "") delete env.TEST_DATABASE_URL;
  if (suite.clock && !FAKETIME) {
    // Without faketime a developer's run skips these; CI must run them.
    const missing = process.env.CI === "true";
    lines.push(`  ${suite.name}: ${missing ? "FAILED: faketime is not installed" : "skipped (install Debian's faketime to run it)"}`);
    if (missing) totals.failed += 1;
    continue;
  }
  const command = [vitest, "run", "--project", suite.project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`];
  const run = suite.clock
    ? spawnSync(FAKETIME, ["-f", suite.clock, process.execPath, ...command], { cwd: root, stdio: "inherit", env: { ...env, DUDAO_CLOCK: suite.clock } })
    : spawnSync(process.execPath, command, { cwd: root, stdio: "inherit", env });
  const seconds = Math.round((Date.now() - started) / 1000);
  let result = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8"));
    result = { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
    // A suite that crashed outside any test (setup, import) still counts as a failure.
    if (run.status !== 0 && result.failed === 0) result.failed = 1;
    failures.push(...failedTests(json, suite.name));
  } else {
    result.failed = 1;
  }
  totals.passed += result.passed;
  totals.failed += result.failed;
  totals.skipped += result.skipped;
  lines.push(`  ${suite.name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped (${seconds} s)`);
}

writeFileSync(path.join(outDir, "summary.json"), JSON.stringify(totals));
if (failures.length > 0) {
  console.log("\nFailed tests:");
  for (const failure of failures) console.log(failure);
}
console.log("\nTest suites:");
for (const line of lines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
