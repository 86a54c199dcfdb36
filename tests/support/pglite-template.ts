import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";

const root = process.cwd();
const migrationsFolder = path.join(root, "db", "migrations");

/** What the dump depends on: every migration file, and PGlite's version (its files' format). */
function templateKey(): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    const full = path.join(migrationsFolder, name);
    if (statSync(full).isFile()) hash.update(name).update(readFileSync(full));
  }
  hash.update(JSON.parse(readFileSync(path.join(root, "node_modules", "@electric-sql", "pglite", "package.json"), "utf8")).version);
  return hash.digest("hex").slice(0, 16);
}

/**
 * The files of an empty in-memory database with every migration applied, made by the
 * first test file that needs them and kept under .data/test-cache for the others (and
 * the next run, until a migration changes). Each file still gets its own database:
 * PGlite starts a new one from these files. Workers that make it at once each write
 * their own copy and rename it into place.
 */
export async function migratedPgliteFiles(): Promise<File> {
  const file = path.join(root, ".data", "test-cache", `pglite-migrated-${templateKey()}.tar.gz`);
  if (!existsSync(file)) {
    const client = new PGlite();
    try {
      await migrate(drizzle(client), { migrationsFolder });
      const dump = await client.dumpDataDir("gzip");
      mkdirSync(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, file);
    } finally {
      await client.close();
    }
  }
  return new File([readFileSync(file)], "pgdata.tar.gz", { type: "application/x-gzip" });
}
