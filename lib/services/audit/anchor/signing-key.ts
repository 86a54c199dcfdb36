import { createPrivateKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

/** Where the key lives when AUDIT_SIGNING_KEY is not set: beside the data, never in the database. */
export const SIGNING_KEY_FILE = ".data/audit-signing-key.pem";

function fromSetting(value: string): KeyObject {
  // PEM, or the base64 of a PKCS#8 DER key (one line, as environments prefer).
  return value.trimStart().startsWith("-----BEGIN")
    ? createPrivateKey(value)
    : createPrivateKey({ key: Buffer.from(value, "base64"), format: "der", type: "pkcs8" });
}

/**
 * The Ed25519 key that signs checkpoints: AUDIT_SIGNING_KEY, else the key
 * file, created on first use with mode 0600. With `create: false` (the
 * verifier) a missing key is null rather than a new one.
 */
export function loadSigningKey(options: { create: boolean }): KeyObject | null {
  const setting = getEnv().AUDIT_SIGNING_KEY;
  if (setting) return fromSetting(setting);
  const file = path.resolve(SIGNING_KEY_FILE);
  try {
    return createPrivateKey(readFileSync(file, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT" || !options.create) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const { privateKey } = generateKeyPairSync("ed25519");
  try {
    // "wx": two processes starting at once must not overwrite each other's key.
    writeFileSync(file, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return createPrivateKey(readFileSync(file, "utf8"));
  }
  return privateKey;
}
