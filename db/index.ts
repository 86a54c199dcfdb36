import { mkdirSync } from "node:fs";
import { acquireFolderLock } from "./folder-lock";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";
import { getEnv } from "@/lib/env";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either the database or a transaction: reads accept both. */
export type DbOrTx = Db | Tx;

export type DbHandle =
  | { kind: "postgres"; db: Db; client: Sql; url: string; close: () => Promise<void> }
  | { kind: "pglite"; db: Db; client: PGlite; close: () => Promise<void> };

// One client per process. Next bundles this module into several chunks
// (instrumentation, pages, actions); a module-level variable would open PGlite
// once per chunk, and two PGlite instances on one folder silently diverge.
const holder = globalThis as typeof globalThis & { __dudaoDb?: Promise<DbHandle> | undefined };

async function openPostgres(url: string): Promise<DbHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { prepareEveryStatement } = await import("./prepared-statements");
  prepareEveryStatement();
  // max_lifetime bounds each connection's cache of prepared statements (ADR 016).
  const client = postgres(url, { max: getEnv().DATABASE_POOL_MAX, onnotice: () => {}, connect_timeout: 10, max_lifetime: 30 * 60 });
  const db = drizzle(client, { schema }) as unknown as Db;
  return { kind: "postgres", db, client, url, close: () => client.end({ timeout: 5 }) };
}

// An in-memory database starts empty (PGlite's initdb) unless it is given the files of
// another to start from: the tests start each file's database from one migrated dump
// (tests/support/pglite-template.ts), 2 s instead of 7 for initdb and the migrations.
let memoryStart: File | undefined;

/** The files (`dumpDataDir`) every in-memory database opened after this call starts from; undefined for empty. */
export function startMemoryDatabasesFrom(dump: File | undefined): void {
  memoryStart = dump;
}

async function openPglite(dir: string): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  if (dir === "memory://") {
    const client = new PGlite(memoryStart ? { loadDataDir: memoryStart } : {});
    await client.waitReady;
    return { kind: "pglite", db: drizzle(client, { schema }) as unknown as Db, client, close: () => client.close() };
  }
  const folder = path.resolve(dir);
  mkdirSync(folder, { recursive: true });
  const releaseLock = acquireFolderLock(folder);
  try {
    const client = new PGlite(folder);
    await client.waitReady;
    const db = drizzle(client, { schema }) as unknown as Db;
    return {
      kind: "pglite",
      db,
      client,
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** Opens lazily (never at import: `next build` must not touch the database). */
export function getDbHandle(): Promise<DbHandle> {
  if (!holder.__dudaoDb) {
    const env = getEnv();
    const opening = env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openPglite(env.PGLITE_DIR);
    // A failed open must not poison the process: the next call tries again.
    opening.catch(() => {
      if (holder.__dudaoDb === opening) holder.__dudaoDb = undefined;
    });
    holder.__dudaoDb = opening;
  }
  return holder.__dudaoDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

export async function closeDb(): Promise<void> {
  const opening = holder.__dudaoDb;
  holder.__dudaoDb = undefined;
  if (opening) await (await opening).close();
}

export { schema };
