import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
// @ts-expect-error -- a plain .mjs helper shared with `npm start`
import { ensureAuthSecret as ensureAuthSecretUntyped } from "../lib/auth-secret.mjs";
// @ts-expect-error -- a plain .mjs helper shared with `npm start`
import { ensureBuilt as ensureBuiltUntyped } from "../lib/build.mjs";

const ensureAuthSecret = ensureAuthSecretUntyped as (root: string) => string;
const ensureBuilt = ensureBuiltUntyped as (root: string) => void;

/** A port the kernel has just handed out on loopback (free unless someone races us for it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export type TAppServer = { baseUrl: string; stop: () => Promise<void> };

/**
 * `next start` on loopback against DATABASE_URL (or the embedded database in
 * PGLITE_DIR, given in `extraEnv`), built first when sources
 * changed (as `npm start` does). The daily reminder job is disabled: at
 * 09:00 it would write notices and notifications in the middle of a run.
 */
export async function startAppServer(databaseUrl: string | null, requestedPort: number, extraEnv: Record<string, string> = {}): Promise<TAppServer> {
  const root = process.cwd();
  ensureBuilt(root);
  const port = requestedPort || (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      AUTH_SECRET: ensureAuthSecret(root),
      NEXTAUTH_URL: baseUrl,
      PORT: String(port),
      DISABLE_SCHEDULER: "true",
      SEED_DEMO: "false",
      LOG_LEVEL: "warn",
      // Throughput runs send thousands of requests a minute from one address
      // with a few tokens: the limiters still run (their cost is measured) but
      // never refuse. scripts/bench-flood.ts measures them refusing.
      RATE_LIMIT_API_IP: "9999999/60",
      RATE_LIMIT_API_TOKEN: "9999999/60",
      RATE_LIMIT_SIGN_IN_IP: "100000/60",
      RATE_LIMIT_SIGN_IN_ACCOUNT: "100000/60",
      ...extraEnv,
    },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    // The OpenAPI document is public: an answer means the server is serving.
    const ready = await fetch(`${baseUrl}/api/v1/openapi.json`).then((r) => r.status < 500, () => false);
    if (ready) return { baseUrl, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}
