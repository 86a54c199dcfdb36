import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { resetEnvForTests } from "@/lib/env";

/**
 * A database for one benchmark run: a fresh database on TEST_DATABASE_URL's
 * server when it is set (dropped by the returned function), else an in-memory
 * embedded one. The audit checkpoint file is off: a benchmark must not write
 * beside the real one.
 */
export async function openScratchDatabase(): Promise<() => Promise<void>> {
  const server = process.env.TEST_DATABASE_URL;
  process.env.AUTH_SECRET ??= "bench-secret-that-is-long-enough-0123456789";
  process.env.AUDIT_CHECKPOINT_FILE = "off";
  if (!server) {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = "memory://";
    resetEnvForTests();
    return async () => {};
  }
  const name = `dudao_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  resetEnvForTests();
  return async () => {
    const cleanup = postgres(server, { max: 1, onnotice: () => {} });
    await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
    await cleanup.end();
  };
}
