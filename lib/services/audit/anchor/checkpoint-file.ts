import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { KeyObject } from "node:crypto";
import { isValidCheckpoint, type TCheckpoint } from "@/lib/domain/audit-checkpoint";
import { getEnv } from "@/lib/env";

/**
 * The checkpoint file of this database: AUDIT_CHECKPOINT_FILE ("off": none),
 * else one per database under .data/, so that two databases (the embedded
 * one, a benchmark's PostgreSQL) never mix their checkpoints. An in-memory
 * database has none unless told.
 */
export function checkpointFile(): string | null {
  const env = getEnv();
  if (env.AUDIT_CHECKPOINT_FILE === "off") return null;
  if (env.AUDIT_CHECKPOINT_FILE) return path.resolve(env.AUDIT_CHECKPOINT_FILE);
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    const name = `${url.hostname}-${url.port || "5432"}-${decodeURIComponent(url.pathname.slice(1)) || "postgres"}`.replace(/[^\w.-]/g, "_");
    return path.resolve(".data", "audit", `checkpoints-${name}.jsonl`);
  }
  if (env.PGLITE_DIR === "memory://") return null;
  return path.resolve(`${env.PGLITE_DIR.replace(/[\\/]+$/, "")}.audit-checkpoints.jsonl`);
}

/** Appends one line (O_APPEND: concurrent writers never interleave inside a line). */
export function appendCheckpoint(file: string, checkpoint: TCheckpoint): void {
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
}

export type TCheckpointRead = { checkpoints: TCheckpoint[]; invalidLines: number[] };

/** Every line of the file: good checkpoints, and the numbers (1-based) of lines that are not. */
export function readCheckpoints(file: string | null, key: KeyObject | null): TCheckpointRead {
  if (!file) return { checkpoints: [], invalidLines: [] };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { checkpoints: [], invalidLines: [] };
    throw error;
  }
  const checkpoints: TCheckpoint[] = [];
  const invalidLines: number[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let value: unknown = null;
    try {
      value = JSON.parse(line);
    } catch {
      // Not JSON: counted invalid below.
    }
    if (key && isValidCheckpoint(value, key)) checkpoints.push(value);
    else invalidLines.push(index + 1);
  });
  return { checkpoints, invalidLines };
}
