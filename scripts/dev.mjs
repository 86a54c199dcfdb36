// `npm run dev`: next dev with the same secret handling as `npm start`.
// Uses its own PGlite folder so it never shares one with a running `npm start`.
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./lib/auth-secret.mjs";

process.env.AUTH_SECRET = ensureAuthSecret();
process.env.PGLITE_DIR ??= ".data/pglite-dev";
const port = process.env.PORT ?? "3000";
const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "dev", "-p", port], { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
