import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
};

/**
 * `next build` loads the server's instrumentation in its workers, which open
 * the embedded database and take its folder lock (db/folder-lock.ts). When
 * `npm start` has just built, such a worker may still be exiting: wait for it
 * (at most `timeoutMs`) so that the server does not find the folder in use.
 * A lock held for longer is left for the server to report.
 */
export async function waitForFolderLock(lockFile, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    let holder;
    try {
      holder = Number(readFileSync(lockFile, "utf8").trim());
    } catch {
      return;
    }
    if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) return;
    await sleep(250);
  }
}
