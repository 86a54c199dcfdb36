import { randomBytes } from "node:crypto";
import postgres from "postgres";

/**
 * A fresh PostgreSQL database per test file when TEST_DATABASE_URL names a
 * server (dropped afterwards); otherwise an in-memory PGlite per file.
 */
export async function createTestDatabase(): Promise<{ env: Record<string, string | undefined>; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    return { env: { DATABASE_URL: undefined, PGLITE_DIR: "memory://" }, drop: async () => {} };
  }
  const name = `dudao_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}
