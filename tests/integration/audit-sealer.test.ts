import { probe, probeData } from "../support/audit-probe";
import { asc, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import { atInstant } from "@/lib/clock";
import { resetEnvForTests } from "@/lib/env";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { verifyAudit } from "@/lib/services/audit/anchor/verify-audit";
import { sealAuditEvents, sealBatch } from "@/lib/services/audit/seal-audit-events";
import { countUnsealed, verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import { inTransaction } from "@/lib/services/transaction";
import { seedDemoData } from "../support/fixtures";

// ADR 018: writes append without a lock, one sealer chains what committed.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

beforeAll(seedDemoData);

function write(i: number) {
  return inTransaction((tx) => appendAuditEvent(tx, { actorId: null, action: probe("job.seal_probe"), data: probeData({ i }) }));
}

async function expectAllSealedInOneChain() {
  const db = await getDb();
  expect((await countUnsealed(db)).count).toBe(0);
  const total = await db.$count(auditEvents);
  expect(await verifyAuditChain(db)).toEqual({ checked: total, broken: null });
  const positions = (await db.select({ p: auditEvents.position }).from(auditEvents).orderBy(asc(auditEvents.position))).map((r) => r.p);
  expect(positions).toEqual(positions.map((_, i) => i + 1));
}

describe("the audit sealer", () => {
  it("chains 50 parallel writes, none lost, in one verifiable chain", async () => {
    await sealAuditEvents();
    await Promise.all(Array.from({ length: 50 }, (_, i) => write(i)));
    const db = await getDb();
    expect((await countUnsealed(db)).count).toBe(50);
    expect((await sealAuditEvents()).sealed).toBe(50);
    await expectAllSealedInOneChain();
    const sealed = await db.select({ data: auditEvents.data }).from(auditEvents).where(eq(auditEvents.action, "job.seal_probe"));
    expect(new Set(sealed.map((e) => e.data.i))).toEqual(new Set(Array.from({ length: 50 }, (_, i) => i)));
  });

  it("answers calls made during a pass with one more pass, that ends (no livelock under a stream of calls)", async () => {
    await write(50);
    const first = sealAuditEvents();
    const calls = Array.from({ length: 10 }, () => sealAuditEvents());
    const results = await Promise.all([first, ...calls]);
    expect([results[0]!.sealed, results[1]!.sealed]).toEqual([1, 0]);
    expect(new Set(calls)).toHaveLength(1); // every call during the pass shares the one pass queued after it
    await expectAllSealedInOneChain();
  });

  it("leaves no hole for a rolled-back write (its id is skipped, not its position)", async () => {
    await write(100);
    await expect(
      inTransaction(async (tx) => {
        await appendAuditEvent(tx, { actorId: null, action: probe("job.seal_probe"), data: probeData({ i: "rolled back" }) });
        throw new Error("the write fails");
      }),
    ).rejects.toThrow("the write fails");
    await write(101);
    await sealAuditEvents();
    await expectAllSealedInOneChain();
    const db = await getDb();
    const [a, b] = await db.select().from(auditEvents).where(eq(auditEvents.action, "job.seal_probe")).orderBy(asc(auditEvents.position)).then((rows) => rows.slice(-2));
    expect([a!.data.i, b!.data.i]).toEqual([100, 101]);
    expect(b!.id - a!.id).toBe(2); // the sequence value of the rolled-back write is gone…
    expect(b!.position! - a!.position!).toBe(1); // …and the chain does not notice
  });

  it("is safe when a sealing transaction dies mid-batch: nothing half-sealed, the next pass seals all", async () => {
    for (let i = 0; i < 5; i++) await write(200 + i);
    const db = await getDb();
    await expect(
      db.transaction(async (tx) => {
        expect(await sealBatch(tx)).toBe(5);
        throw new Error("the sealer crashed before commit");
      }),
    ).rejects.toThrow("crashed");
    expect((await countUnsealed(db)).count).toBe(5);
    await sealAuditEvents();
    await expectAllSealedInOneChain();
  });

});

// PGlite has one connection: concurrent sealers on other connections exist only on PostgreSQL.
describe.skipIf(!onPostgres)("two sealers at once (PostgreSQL)", () => {
  it("do not fork the chain: one works, the other finds the lock taken; writers never wait for either", async () => {
    {
      // Writers and four sealers at once, each on its own pooled connection: the in-process single-flight is bypassed by calling sealBatch directly.
      const db = await getDb();
      const sealers = Array.from({ length: 4 }, async () => {
        let sealed = 0;
        let busy = 0;
        for (let round = 0; round < 20; round++) {
          const n = await db.transaction((tx) => sealBatch(tx, 7));
          if (n === null) busy++;
          else sealed += n;
        }
        return { sealed, busy };
      });
      const writers = Array.from({ length: 40 }, (_, i) => write(400 + i));
      const results = await Promise.all([...sealers, ...writers]);
      await sealAuditEvents();
      expect((await countUnsealed(db)).count).toBe(0);
      const stats = results.slice(0, 4) as { sealed: number; busy: number }[];
      expect(stats.reduce((sum, s) => sum + s.sealed, 0)).toBeGreaterThan(0);
      await expectAllSealedInOneChain();
    }
  });

  it("refuse a second chain even without the lock: a position is taken once (unique index)", async () => {
    await write(500);
    const db = await getDb();
    await sealAuditEvents();
    const [head] = await db.select().from(auditEvents).orderBy(sql`${auditEvents.position} desc nulls last`).limit(1);
    await write(501);
    const [fresh] = await db.select().from(auditEvents).where(isNull(auditEvents.position));
    // A rogue sealer that ignores the lock and re-uses the head's position is refused.
    await expect(
      db.execute(sql`update audit_events set position = ${head!.position}, prev_hash = ${head!.prevHash}, hash = ${"f".repeat(64)} where id = ${fresh!.id}`),
    ).rejects.toThrow();
  });
});

// Last: it breaks the chain on purpose.
describe("verification with the sealer", () => {
  it("detects tampering with a sealed event and reports unsealed events, overdue past the bound", async () => {
    await sealAuditEvents();
    await write(300);
    const db = await getDb();
    const pending = await verifyAudit(db);
    expect(pending.unsealed).toMatchObject({ count: 1, overdue: false });
    process.env.AUDIT_SEAL_MAX_LAG_SECONDS = "60";
    resetEnvForTests();
    const late = await atInstant(new Date(Date.now() + 61_000), () => verifyAudit(db));
    expect(late.unsealed).toMatchObject({ count: 1, overdue: true });
    delete process.env.AUDIT_SEAL_MAX_LAG_SECONDS;
    resetEnvForTests();
    await sealAuditEvents();
    // The application cannot change an unsealed event either: the only update allowed is sealing.
    await write(301);
    await expect(db.update(auditEvents).set({ action: "forged" }).where(isNull(auditEvents.position))).rejects.toThrow();
    await sealAuditEvents();
    const [target] = await db.select().from(auditEvents).where(eq(auditEvents.action, "job.seal_probe")).orderBy(asc(auditEvents.position)).limit(1);
    await db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
      await tx.update(auditEvents).set({ data: { i: "forged" } }).where(eq(auditEvents.id, target!.id));
      await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
    });
    expect((await verifyAudit(db)).broken).toEqual({ position: target!.position, reason: "hash" });
  });
});
