import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { resetEnvForTests } from "@/lib/env";

/**
 * A file's own UPLOAD_DIR (the folder store on PGlite), made before its tests and removed after
 * them. Call at the top level of the file, after any beforeAll that must run first; the folder
 * is read through the returned function once the tests run.
 */
export function withUploadDir(prefix: string): () => string {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), prefix));
    process.env.UPLOAD_DIR = dir;
    resetEnvForTests();
  });
  afterAll(async () => {
    delete process.env.UPLOAD_DIR;
    resetEnvForTests();
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
