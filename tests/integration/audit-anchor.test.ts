import { probe, probeData } from "../support/audit-probe";
import { generateKeyPairSync } from "node:crypto";
import { createSocket } from "node:dgram";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, gt, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb, type Tx } from "@/db";
import { auditEvents } from "@/db/schema";
import { atInstant } from "@/lib/clock";
import { computeEventHash, GENESIS_HASH } from "@/lib/domain/audit-chain";
import { signCheckpoint } from "@/lib/domain/audit-checkpoint";
import { resetEnvForTests } from "@/lib/env";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { sealAuditEvents } from "@/lib/services/audit/seal-audit-events";
import { loadSigningKey } from "@/lib/services/audit/anchor/signing-key";
import { verifyAudit } from "@/lib/services/audit/anchor/verify-audit";
import { resetCheckpointStateForTests, writeCheckpointIfDue } from "@/lib/services/audit/anchor/write-checkpoint";
import { inTransaction } from "@/lib/services/transaction";

// Finding 2 of issue 11: TRUNCATE, deleting the newest events and rewriting
// with recomputed hashes all left the chain "intact". Each is done here the
// way a database superuser would (triggers off for the session) and named.
const folder = mkdtempSync(path.join(tmpdir(), "dudao-anchor-"));
let file: string;
let files = 0;
const { privateKey } = generateKeyPairSync("ed25519");

function useNewCheckpointFile() {
  file = path.join(folder, `checkpoints-${++files}.jsonl`);
  process.env.AUDIT_CHECKPOINT_FILE = file;
  resetEnvForTests();
  resetCheckpointStateForTests();
}

/** Appends n events and seals them, as the server's sealer would a moment later. */
async function appendEvents(n: number) {
  for (let i = 0; i < n; i++) await inTransaction((tx) => appendAuditEvent(tx, { actorId: null, action: probe("job.anchor_probe"), data: probeData({ i }) }));
  await sealAuditEvents();
}

/** What only a database superuser can do: switch off the append-only triggers for one transaction. */
async function asSuperuser(fn: (tx: Tx) => Promise<void>) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await fn(tx);
  });
}

/** Changes the event at a chain position and recomputes every later hash, so that the chain verifies on its own. */
async function rewriteFrom(position: number) {
  await asSuperuser(async (tx) => {
    await tx.update(auditEvents).set({ data: { forged: true } }).where(eq(auditEvents.position, position));
    const rows = await tx.select().from(auditEvents).where(gt(auditEvents.position, position - 1)).orderBy(asc(auditEvents.position));
    const [before] = await tx.select({ hash: auditEvents.hash }).from(auditEvents).where(eq(auditEvents.position, position - 1));
    let prevHash = before?.hash ?? GENESIS_HASH;
    for (const row of rows) {
      const hash = computeEventHash({ ...row, position: row.position!, prevHash });
      await tx.update(auditEvents).set({ prevHash, hash }).where(eq(auditEvents.id, row.id));
      prevHash = hash;
    }
  });
}

beforeAll(() => {
  process.env.AUDIT_SIGNING_KEY = privateKey.export({ type: "pkcs8", format: "der" }).toString("base64");
  process.env.AUDIT_CHECKPOINT_EVERY = "5";
  process.env.AUDIT_CHECKPOINT_MINUTES = "5";
});
beforeEach(useNewCheckpointFile);
afterAll(() => {
  for (const name of ["AUDIT_SIGNING_KEY", "AUDIT_CHECKPOINT_EVERY", "AUDIT_CHECKPOINT_MINUTES", "AUDIT_SYSLOG"]) delete process.env[name];
  process.env.AUDIT_CHECKPOINT_FILE = "off";
  resetEnvForTests();
  rmSync(folder, { recursive: true, force: true });
});

describe("the audit anchor", () => {
  it("refuses TRUNCATE from the application (a trigger)", async () => {
    await appendEvents(2);
    const db = await getDb();
    await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow();
    expect((await db.select().from(auditEvents)).length).toBeGreaterThanOrEqual(2);
  });

  it("signs the head at least every N events and every few minutes, and verifies intact", async () => {
    await appendEvents(1);
    const first = await writeCheckpointIfDue();
    expect(first).not.toBeNull();
    await appendEvents(4);
    expect(await writeCheckpointIfDue()).toBeNull(); // 4 < 5 events, and no minutes passed
    await appendEvents(1);
    expect((await writeCheckpointIfDue())?.position).toBe(first!.position + 5);
    await appendEvents(1);
    const later = await atInstant(new Date(Date.now() + 6 * 60_000), () => writeCheckpointIfDue());
    expect(later?.position).toBe(first!.position + 6);
    const lines = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((c) => c.position)).toEqual([first!.position, first!.position + 5, first!.position + 6]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await verifyAudit(await getDb())).toMatchObject({ broken: null, anchor: null, checkpoints: 3 });
  });

  it("names a rewrite whose hashes were recomputed", async () => {
    await appendEvents(3);
    const checkpoint = await writeCheckpointIfDue({ force: true });
    await rewriteFrom(checkpoint!.position - 2);
    const result = await verifyAudit(await getDb());
    // The chain alone is fooled: every link and hash is consistent.
    expect(result.broken).toBeNull();
    expect(result.anchor).toEqual({ kind: "rewritten", position: checkpoint!.position });
  });

  it("names deleted newest events", async () => {
    await appendEvents(6);
    const checkpoint = await writeCheckpointIfDue({ force: true });
    await asSuperuser(async (tx) => {
      await tx.delete(auditEvents).where(gt(auditEvents.position, checkpoint!.position - 4));
    });
    const result = await verifyAudit(await getDb());
    expect(result.broken).toBeNull();
    expect(result.anchor).toEqual({ kind: "tail_deleted", from: checkpoint!.position - 3, to: checkpoint!.position });
  });

  it("names a forged checkpoint line", async () => {
    await appendEvents(1);
    await writeCheckpointIfDue({ force: true });
    const other = generateKeyPairSync("ed25519").privateKey;
    appendFileSync(file, `${JSON.stringify(signCheckpoint(other, { position: 1, hash: "f".repeat(64) }, new Date()))}\n`);
    expect((await verifyAudit(await getDb())).anchor).toEqual({ kind: "checkpoint_invalid", line: 2 });
  });

  it("sends each checkpoint to syslog when configured", async () => {
    const server = createSocket("udp4");
    const received = new Promise<string>((resolve) => server.once("message", (message) => resolve(message.toString())));
    await new Promise<void>((resolve) => server.bind(0, "127.0.0.1", resolve));
    process.env.AUDIT_SYSLOG = `udp://127.0.0.1:${server.address().port}`;
    resetEnvForTests();
    try {
      await appendEvents(1);
      const checkpoint = await writeCheckpointIfDue({ force: true });
      const line = await received;
      expect(line).toMatch(/^<134>1 \S+ \S+ dudao - audit-checkpoint - /);
      expect(JSON.parse(line.slice(line.indexOf("{")))).toEqual(checkpoint);
    } finally {
      server.close();
      delete process.env.AUDIT_SYSLOG;
      resetEnvForTests();
    }
  });

  // Last: it empties the log.
  it("names a truncation", async () => {
    await appendEvents(2);
    const checkpoint = await writeCheckpointIfDue({ force: true });
    await asSuperuser(async (tx) => {
      await tx.execute(sql`truncate audit_events`);
    });
    const result = await verifyAudit(await getDb());
    expect(result.checked).toBe(0);
    expect(result.anchor).toEqual({ kind: "truncated", position: checkpoint!.position });
  });
});

describe("the signing key", () => {
  it("is made on first use under .data/ with mode 0600, and read back", () => {
    const cwd = process.cwd();
    const scratch = mkdtempSync(path.join(tmpdir(), "dudao-key-"));
    delete process.env.AUDIT_SIGNING_KEY;
    resetEnvForTests();
    try {
      process.chdir(scratch);
      expect(loadSigningKey({ create: false })).toBeNull();
      const made = loadSigningKey({ create: true })!;
      const keyFile = path.join(scratch, ".data/audit-signing-key.pem");
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(loadSigningKey({ create: false })!.export({ type: "pkcs8", format: "pem" })).toBe(made.export({ type: "pkcs8", format: "pem" }));
    } finally {
      process.chdir(cwd);
      rmSync(scratch, { recursive: true, force: true });
      process.env.AUDIT_SIGNING_KEY = privateKey.export({ type: "pkcs8", format: "der" }).toString("base64");
      resetEnvForTests();
    }
  });
});
