import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, t=2, p=1: the OWASP baseline).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * Stored instead of a hash for an account that has no password of its own
 * yet (the demo's generated department accounts): no password verifies
 * against it, until an administrator sets one.
 */
export const NO_PASSWORD = "!no-password";

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against the stored hash, or against a throw-away hash when there is
 * no account (or no password), so that unknown accounts and wrong passwords
 * take the same time.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null || storedHash === NO_PASSWORD) {
    dummyHash ??= hash("dudao-timing-equaliser");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
