// `npm start`: build when needed, then serve with `next start`. The server
// itself migrates the database and loads the demo data on first start
// (instrumentation.ts), so PGlite is only ever opened by that one process.
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./lib/auth-secret.mjs";
import { ensureBuilt } from "./lib/build.mjs";
import { waitForFolderLock } from "./lib/wait-for-folder-lock.mjs";

const root = process.cwd();
const port = process.env.PORT ?? "3000";
process.env.AUTH_SECRET = ensureAuthSecret(root);
process.env.NEXT_TELEMETRY_DISABLED = "1";

ensureBuilt(root);
if (!process.env.DATABASE_URL) await waitForFolderLock(path.resolve(root, process.env.PGLITE_DIR ?? ".data/pglite") + ".lock");

const server = spawn(
  process.execPath,
  // BIND_ADDRESS=127.0.0.1 behind a reverse proxy on the same machine: nothing else can reach the app directly.
  [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port, ...(process.env.BIND_ADDRESS ? ["-H", process.env.BIND_ADDRESS] : [])],
  { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production", PORT: port } },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
