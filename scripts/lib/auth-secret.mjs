// When AUTH_SECRET is not set, create one once and keep it under .data/ so
// sessions survive restarts (the folder is git-ignored, the file owner-only).
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function ensureAuthSecret(root = process.cwd()) {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const dir = path.join(root, ".data");
  const file = path.join(dir, "auth-secret");
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, "utf8").trim();
}
