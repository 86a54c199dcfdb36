import { asc, isNotNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import { sealAuditEvents } from "@/lib/services/audit/seal-audit-events";
import { countUnsealed, verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import { createDepartment } from "@/lib/services/departments/create-department";
import { auditTampered } from "../support/audit-readable";
import { actorFor, seedDemoData } from "../support/fixtures";

beforeAll(seedDemoData);

describe("audit log", () => {
  it("keeps one unbroken chain under concurrent writes", async () => {
    const admin = await actorFor("admin");
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => createDepartment(admin, { name: `并发单位${i}`, kind: "other", sortOrder: i })),
    );
    await sealAuditEvents();
    const db = await getDb();
    const events = await db.select().from(auditEvents).orderBy(asc(auditEvents.position));
    expect(events.map((e) => e.position)).toEqual(events.map((_, i) => i + 1));
    expect(events.filter((e) => e.action === "department.create")).toHaveLength(20);
    expect(await verifyAuditChain(db)).toEqual({ checked: events.length, broken: null });
    expect((await countUnsealed(db)).count).toBe(0);
  });

  it("cannot be updated or deleted by the application, sealed or not", async () => {
    const db = await getDb();
    await expect(db.update(auditEvents).set({ action: "forged" })).rejects.toThrow();
    await expect(db.delete(auditEvents)).rejects.toThrow();
    // A sealed event cannot be sealed again (re-chained elsewhere).
    await expect(db.update(auditEvents).set({ position: 999, prevHash: "0".repeat(64), hash: "f".repeat(64) }).where(isNotNull(auditEvents.position))).rejects.toThrow();
    expect(await verifyAuditChain(db)).toMatchObject({ broken: null });
  });

  it("names the first tampered event", async () => {
    const db = await getDb();
    // Only someone who can switch the trigger off (a database owner) can do this; the chain still tells.
    await db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
    await db.execute(sql`update audit_events set data = '{"forged": true}' where position = 5`);
    auditTampered.value = true;
    await db.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
    expect(await verifyAuditChain(db)).toEqual({ checked: 4, broken: { position: 5, reason: "hash" } });
  });
});
