import { createHash, randomBytes } from "node:crypto";

// A recognisable prefix lets secret scanners and people spot a leaked token.
const PREFIX = "ddt_";

/** A new opaque bearer token: 256 random bits. Only its hash is stored. */
export function newTokenSecret(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

/** SHA-256 suffices (unlike for passwords): the secret is random, so there is nothing to guess. */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
