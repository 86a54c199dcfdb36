import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "./free-port";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export type TAppInstance = {
  name: string;
  port: number;
  url: string;
  /** Everything the instance printed so far (pino JSON lines and the start banner). */
  output: () => string;
  ready: () => Promise<void>;
  /** SIGKILL to the whole process group: `next start` and the next-server it forks. */
  kill: () => void;
  exited: () => boolean;
};

/**
 * One `next start` of the suite's production build on a free port, in its
 * own process group (so that a kill reaches the server it forks), with
 * `env` over the suite's environment.
 */
export async function startAppInstance(name: string, env: Record<string, string>): Promise<TAppInstance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (part: Buffer) => (output += part.toString("utf8")));
  child.stderr!.on("data", (part: Buffer) => (output += part.toString("utf8")));
  const instance: TAppInstance = {
    name,
    port,
    url,
    output: () => output,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    kill() {
      if (instance.exited()) return;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
    async ready() {
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        if (instance.exited()) throw new Error(`${name} exited:\n${output.slice(-2000)}`);
        try {
          if ((await fetch(`${url}/login`)).ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 300));
      }
      throw new Error(`${name} did not answer at ${url} within 120 s:\n${output.slice(-2000)}`);
    },
  };
  return instance;
}
