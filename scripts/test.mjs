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
  { name: "e2e (browser)", project: "e2e", env: {} },
].filter((s) => only.length === 0 || only.includes(s.project));

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const suite of suites) {
  const report = path.join(outDir, `${suite.name.replace(/\W+/g, "-")}.json`);
  rmSync(report, { force: true });
  const started = Date.now();
  const env = { ...process.env, ...suite.env };
  if (env.TEST_DATABASE_URL === "") delete env.TEST_DATABASE_URL;
  const run = spawnSync(
    process.execPath,
    [vitest, "run", "--project", suite.project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { cwd: root, stdio: "inherit", env },
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  let result = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8"));
    result = { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
    // A suite that crashed outside any test (setup, import) still counts as a failure.
    if (run.status !== 0 && result.failed === 0) result.failed = 1;
  } else {
    result.failed = 1;
  }
  totals.passed += result.passed;
  totals.failed += result.failed;
  totals.skipped += result.skipped;
  lines.push(`  ${suite.name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped (${seconds} s)`);
}

writeFileSync(path.join(outDir, "summary.json"), JSON.stringify(totals));
console.log("\nTest suites:");
for (const line of lines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
