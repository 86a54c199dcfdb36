import { probe, probeData } from "../support/audit-probe";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import { appendAuditEvent, withDeferredAudit } from "@/lib/services/audit/append-audit-event";
import { sealAuditEvents } from "@/lib/services/audit/seal-audit-events";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import { inTransaction } from "@/lib/services/transaction";
import { actorFor, seedDemoData } from "../support/fixtures";

beforeAll(seedDemoData);

async function eventCount(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(auditEvents);
  return row!.n;
}

describe("audit events of an all-or-nothing batch", () => {
  it("are written together at the end, chained in the order they happened, or not at all", async () => {
    const admin = await actorFor("admin");
    const before = await eventCount();
    await inTransaction((tx) =>
      withDeferredAudit(tx, async () => {
        for (let i = 0; i < 3; i++) await appendAuditEvent(tx, { actorId: admin.id, action: probe("job.batch_probe"), data: probeData({ i }) });
        const [inside] = await tx.select({ n: count() }).from(auditEvents);
        expect(inside!.n).toBe(before);
      }),
    );
    const db = await getDb();
    await sealAuditEvents();
    const written = await db.select().from(auditEvents).where(eq(auditEvents.action, "job.batch_probe")).orderBy(auditEvents.position);
    expect(written.map((e) => e.data.i)).toEqual([0, 1, 2]);
    expect(await verifyAuditChain(db)).toMatchObject({ broken: null, checked: before + 3 });

    await expect(
      inTransaction((tx) =>
        withDeferredAudit(tx, async () => {
          await appendAuditEvent(tx, { actorId: admin.id, action: probe("job.batch_probe"), data: probeData({ i: 99 }) });
          throw new Error("the batch fails");
        }),
      ),
    ).rejects.toThrow("the batch fails");
    expect(await eventCount()).toBe(before + 3);
  });

  // PGlite has one connection, so there is no second writer to keep waiting.
  it.skipIf(!process.env.TEST_DATABASE_URL)("do not keep other writers waiting for the chain while the batch runs", async () => {
    const admin = await actorFor("admin");
    let release!: () => void;
    const started = new Promise<void>((resolve) => (release = resolve));
    // Created outside the batch, so this writer is another request, not part of it.
    const otherWriter = (async () => {
      await started;
      const db = await getDb();
      await db.transaction((tx) => appendAuditEvent(tx, { actorId: admin.id, action: probe("job.other_writer") }));
      return "written";
    })();
    await inTransaction((tx) =>
      withDeferredAudit(tx, async () => {
        await appendAuditEvent(tx, { actorId: admin.id, action: probe("job.batch_probe"), data: probeData({ i: 10 }) });
        release();
        const timeout = new Promise((resolve) => setTimeout(() => resolve("still waiting"), 5_000));
        expect(await Promise.race([otherWriter, timeout])).toBe("written");
      }),
    );
    const db = await getDb();
    await sealAuditEvents();
    expect(await verifyAuditChain(db)).toMatchObject({ broken: null });
  });
});
