import { probe } from "../support/audit-probe";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { listAuditEvents, AUDIT_PAGE_SIZE } from "@/db/queries/audit-events";
import { auditEvents } from "@/db/schema";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { checkAuditChain } from "@/lib/services/audit/check-audit-chain";
import { sealAuditEvents } from "@/lib/services/audit/seal-audit-events";
import { recordExport } from "@/lib/services/audit/record-export";
import { inTransaction } from "@/lib/services/transaction";
import { actorFor, refusal, seedDemoData } from "../support/fixtures";

const ZONE = "Asia/Shanghai";
const admin = { roles: ["admin"] } as const;

beforeAll(seedDemoData);

describe("audit viewer", () => {
  it("records an export with its actor and filter", async () => {
    const supervisor = await actorFor("supervisor");
    await recordExport({ ...supervisor, ip: "10.0.0.9" }, "tasks", { filter: { overdue: true } });
    const page = await listAuditEvents(admin, { category: "export", account: "supervisor" }, ZONE);
    expect(page.items[0]).toMatchObject({ action: "export.tasks", actorAccount: "supervisor", ip: "10.0.0.9", data: { filter: { overdue: true } } });
  });

  it("filters by category, actor, object and local calendar days, newest first", async () => {
    const db = await getDb();
    const admin = await actorFor("admin");
    await inTransaction(async (tx) => {
      await appendAuditEvent(tx, { actorId: admin.id, action: probe("department.probe"), entityType: "department", entityId: "probe-1" });
      await appendAuditEvent(tx, { actorId: admin.id, action: probe("department.probe"), entityType: "department", entityId: "probe-2" });
    });
    const probes = await db.select({ id: auditEvents.id, entityId: auditEvents.entityId }).from(auditEvents).where(eq(auditEvents.action, "department.probe"));
    const byEntity = Object.fromEntries(probes.map((p) => [p.entityId, p.id]));
    const one = await listAuditEvents(admin, { entityId: "probe-1" }, ZONE);
    expect(one.items.map((e) => e.id)).toEqual([byEntity["probe-1"]]);
    const departmentEvents = await listAuditEvents(admin, { category: "department", account: "admin" }, ZONE);
    expect(departmentEvents.items.every((e) => e.action.startsWith("department.") && e.actorAccount === "admin")).toBe(true);
    expect(departmentEvents.items.map((e) => e.id)).toEqual([...departmentEvents.items.map((e) => e.id)].sort((a, b) => b - a));

    const [latest] = (await listAuditEvents(admin, { entityId: "probe-2" }, ZONE)).items;
    const localDay = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(latest!.at);
    const dayBefore = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date(latest!.at.getTime() - 86_400_000));
    expect((await listAuditEvents(admin, { entityId: "probe-2", from: localDay, to: localDay }, ZONE)).items).toHaveLength(1);
    expect((await listAuditEvents(admin, { entityId: "probe-2", to: dayBefore }, ZONE)).items).toHaveLength(0);
    expect((await listAuditEvents(admin, { entityId: "probe-2", from: new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date(latest!.at.getTime() + 86_400_000)) }, ZONE)).items).toHaveLength(0);
  });

  it("lists an event as soon as its write commits, pending until the sealer chains it", async () => {
    const admin = await actorFor("admin");
    await inTransaction((tx) => appendAuditEvent(tx, { actorId: admin.id, action: probe("department.probe"), entityType: "department", entityId: "probe-pending" }));
    const [pending] = (await listAuditEvents(admin, { entityId: "probe-pending" }, ZONE)).items;
    expect(pending).toMatchObject({ action: "department.probe", position: null });
    await sealAuditEvents();
    const [sealed] = (await listAuditEvents(admin, { entityId: "probe-pending" }, ZONE)).items;
    expect(sealed!.id).toBe(pending!.id);
    expect(sealed!.position).toBeGreaterThan(0);
  });

  it("pages by id without repeating or skipping an event", async () => {
    const admin = await actorFor("admin");
    await inTransaction(async (tx) => {
      for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) await appendAuditEvent(tx, { actorId: admin.id, action: probe("job.probe"), data: { i } });
    });
    const everything = await listAuditEvents(admin, {}, ZONE);
    expect(everything.items).toHaveLength(AUDIT_PAGE_SIZE);
    expect(everything.nextBefore).not.toBeNull();
    const second = await listAuditEvents(admin, { before: everything.nextBefore! }, ZONE);
    expect(second.items[0]!.id).toBe(everything.items[everything.items.length - 1]!.id - 1);
    const probes = await listAuditEvents(admin, { category: "job", account: "admin" }, ZONE);
    expect(probes.nextBefore).not.toBeNull();
    const rest = await listAuditEvents(admin, { category: "job", account: "admin", before: probes.nextBefore! }, ZONE);
    expect(probes.items.length + rest.items.length).toBe(AUDIT_PAGE_SIZE + 5);
  });

  it("lets only who may read the log verify its chain", async () => {
    await refusal(checkAuditChain(await actorFor("leader")), "FORBIDDEN");
    await refusal(checkAuditChain(await actorFor("supervisor")), "FORBIDDEN");
    await sealAuditEvents();
    const result = await checkAuditChain(await actorFor("admin"));
    expect(result.broken).toBeNull();
    expect(result.checked).toBeGreaterThan(AUDIT_PAGE_SIZE);
    expect(result.unsealed).toEqual({ count: 0, overdue: false });
  });
});
