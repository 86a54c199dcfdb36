import { desc, isNotNull } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import { clock } from "@/lib/clock";
import { signCheckpoint, type TCheckpoint } from "@/lib/domain/audit-checkpoint";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { appendCheckpoint, checkpointFile, readCheckpoints } from "./checkpoint-file";
import { loadSigningKey } from "./signing-key";
import { sendToSyslog } from "./syslog";

// The last checkpoint this process knows of (read from the file once).
let last: { position: number; at: number } | null | undefined;
let running: Promise<TCheckpoint | null> | null = null;

/**
 * Signs the sealed chain head and appends it to the checkpoint file (and
 * syslog), when it moved by AUDIT_CHECKPOINT_EVERY events or
 * AUDIT_CHECKPOINT_MINUTES have passed since the last one; `force` writes
 * whenever the head moved. Only committed events are read, so it may run at
 * any time; one run at a time per process.
 */
export function writeCheckpointIfDue(options: { force?: boolean } = {}): Promise<TCheckpoint | null> {
  running ??= run(options.force ?? false).finally(() => {
    running = null;
  });
  return running;
}

async function run(force: boolean): Promise<TCheckpoint | null> {
  const file = checkpointFile();
  if (!file) return null;
  const env = getEnv();
  const key = loadSigningKey({ create: true })!;
  if (last === undefined) {
    const newest = readCheckpoints(file, key).checkpoints.sort((a, b) => b.position - a.position)[0];
    last = newest ? { position: newest.position, at: Date.parse(newest.at) } : null;
  }
  const db = await getDb();
  // The sealed head: the last position the sealer chained (ADR 018).
  const [sealed] = await db
    .select({ position: auditEvents.position, hash: auditEvents.hash })
    .from(auditEvents)
    .where(isNotNull(auditEvents.position))
    .orderBy(desc(auditEvents.position))
    .limit(1);
  const head = sealed ? { id: sealed.position!, hash: sealed.hash! } : null;
  if (!head || (last && head.id <= last.position)) return null;
  const now = clock.now();
  const due = force || !last || head.id - last.position >= env.AUDIT_CHECKPOINT_EVERY || now.getTime() - last.at >= env.AUDIT_CHECKPOINT_MINUTES * 60_000;
  if (!due) return null;
  const checkpoint = signCheckpoint(key, { position: head.id, hash: head.hash }, now);
  appendCheckpoint(file, checkpoint);
  last = { position: checkpoint.position, at: now.getTime() };
  if (env.AUDIT_SYSLOG) {
    await sendToSyslog(env.AUDIT_SYSLOG, checkpoint, now).catch((error: unknown) => logger.error({ err: error }, "audit checkpoint not sent to syslog"));
  }
  return checkpoint;
}

/** Forgets the cached last checkpoint (tests that swap files or databases). */
export function resetCheckpointStateForTests(): void {
  last = undefined;
}

// Started by the server (lib/bootstrap): a timer, plus a nudge after appends.
let started = false;
let appendedSinceCheck = 0;
let nudge: NodeJS.Timeout | null = null;

/** Checks every 30 seconds whether a checkpoint is due (the minutes rule). */
export function startAuditCheckpoints(): void {
  if (started || !checkpointFile()) return;
  started = true;
  const tick = () => void writeCheckpointIfDue().catch((error: unknown) => logger.error({ err: error }, "audit checkpoint failed"));
  setInterval(tick, 30_000).unref();
  tick();
}

/**
 * Called by the sealer after each pass: once AUDIT_CHECKPOINT_EVERY events
 * were sealed, a checkpoint is taken a moment later, without waiting for the
 * timer.
 */
export function noteAuditAppends(count: number): void {
  if (!started) return;
  appendedSinceCheck += count;
  if (appendedSinceCheck < getEnv().AUDIT_CHECKPOINT_EVERY || nudge) return;
  nudge = setTimeout(() => {
    nudge = null;
    appendedSinceCheck = 0;
    void writeCheckpointIfDue().catch((error: unknown) => logger.error({ err: error }, "audit checkpoint failed"));
  }, 1_000);
  nudge.unref();
}
