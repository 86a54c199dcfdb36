import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:tls";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export type TProxy = { origin: string; port: number; stop: () => Promise<void> };

/** A self-signed certificate for `host`, made for this run (openssl, as an operator would). */
function makeCertificate(prefix: string, host: string): void {
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
    "-subj", `/CN=${host}`, "-addext", `subjectAltName=DNS:${host}`,
    "-keyout", path.join(prefix, "key.pem"), "-out", path.join(prefix, "cert.pem"),
  ], { stdio: "ignore" });
}

async function waitForTls(port: number, nginx: ChildProcess, prefix: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}): ${readFileSync(path.join(prefix, "error.log"), "utf8")}`);
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: "127.0.0.1", port, rejectUnauthorized: false }, () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("nginx did not listen within 10 s");
}

/**
 * nginx (Debian's, run as the test user in a scratch folder) on a free port,
 * TLS with a certificate made now, in front of the app at `appPort`, with the
 * repository's own deploy/nginx/dudao-proxy.conf. Several ports make a
 * round-robin upstream, as in a deployment of several instances.
 */
export async function startNginxProxy(host: string, appPort: number | readonly number[]): Promise<TProxy> {
  const prefix = mkdtempSync(path.join(os.tmpdir(), "dudao-nginx-"));
  for (const dir of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi", "logs"]) mkdirSync(path.join(prefix, dir));
  makeCertificate(prefix, host);
  const port = await freePort();
  const values: Record<string, string> = {
    PREFIX: prefix,
    PORT: String(port),
    UPSTREAM_SERVERS: [appPort].flat().map((p) => `server 127.0.0.1:${p};`).join(" "),
    HOST: host,
    PROXY_CONF: path.join(ROOT, "deploy/nginx/dudao-proxy.conf"),
  };
  const template = readFileSync(path.join(ROOT, "deploy/nginx/test.conf.template"), "utf8");
  const config = path.join(prefix, "nginx.conf");
  writeFileSync(config, template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => values[name] ?? _m));
  const nginx = spawn(process.env.NGINX_PATH ?? "nginx", ["-p", prefix, "-c", config, "-e", path.join(prefix, "error.log")], { stdio: "ignore" });
  try {
    await waitForTls(port, nginx, prefix);
  } catch (error) {
    nginx.kill("SIGKILL");
    throw error;
  }
  return {
    origin: `https://${host}:${port}`,
    port,
    async stop() {
      nginx.kill("SIGQUIT");
      await new Promise((r) => (nginx.exitCode === null ? nginx.once("exit", r) : r(null)));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
