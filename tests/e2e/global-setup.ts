import { type ChildProcess, spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
// @ts-expect-error -- a plain .mjs helper shared with `npm start`
import { ensureBuilt } from "../../scripts/lib/build.mjs";
import { freePort } from "./support/free-port";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    e2eSkipReason: string;
  }
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Builds the app when needed and starts `next start` on a free port with a
 * fresh embedded database, exactly as a first `npm start` would (migrations
 * and demo data at start-up).
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === "true") throw new Error(`CI=true but there is no Chromium at ${CHROMIUM}: browser tests must run`);
    const reason = `browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`;
    console.warn(reason);
    project.provide("e2eSkipReason", reason);
    project.provide("baseUrl", "");
    return;
  }
  const root = path.resolve(import.meta.dirname, "../..");
  ensureBuilt(root);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "dudao-e2e-"));
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: "",
      PGLITE_DIR: path.join(dataDir, "pglite"),
      UPLOAD_DIR: path.join(dataDir, "uploads"),
      AUTH_SECRET: "e2e-secret-0123456789-0123456789-0123456789",
      LOG_LEVEL: "warn",
      // The whole suite is one browser on one address signing in dozens of times a
      // minute, with a few wrong passwords on purpose: room above the production
      // defaults (the throttles themselves are tested in tests/integration/throttling.test.ts).
      RATE_LIMIT_SIGN_IN_IP: "600/60",
      RATE_LIMIT_SIGN_IN_FAILURES_IP: "200/900",
      // The same few demo accounts sign in again and again (deployment.test.ts twice per address).
      RATE_LIMIT_SIGN_IN_ACCOUNT: "200/900",
      // The suite's nginx (deployment.test.ts) runs on this machine: its X-Forwarded-* are believed.
      TRUSTED_PROXIES: "loopback",
      AUDIT_CHECKPOINT_FILE: path.join(dataDir, "audit-checkpoints.jsonl"),
      // A key of this run only: the suite leaves nothing under the repository's .data/.
      AUDIT_SIGNING_KEY: generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "der" }).toString("base64"),
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    await waitForServer(`${baseUrl}/login`, server, 180_000);
  } catch (error) {
    server.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide("baseUrl", baseUrl);
  project.provide("e2eSkipReason", "");
  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
