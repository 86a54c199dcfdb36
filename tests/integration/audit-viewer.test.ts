import { probe, probeData } from "../support/audit-probe";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { listAuditEvents, AUDIT_PAGE_SIZE } from "@/db/queries/audit-events";
import { auditEvents, extensionRequests } from "@/db/schema";
import { signIn } from "@/lib/services/auth/sign-in";
import { createDepartment } from "@/lib/services/departments/create-department";
import { setDepartmentActive } from "@/lib/services/departments/update-department";
import { writeInstruction } from "@/lib/services/instructions/write-instruction";
import { respondToNotice, sendBackNotice, signNotice } from "@/lib/services/notices/act-on-notice";
import { decideExtension } from "@/lib/services/tasks/decide-extension";
import { requestExtension } from "@/lib/services/tasks/request-extension";
import { setTaskOwner } from "@/lib/services/tasks/set-owner";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { setUserStatus } from "@/lib/services/users/set-user-status";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { checkAuditChain } from "@/lib/services/audit/check-audit-chain";
import { sealAuditEvents } from "@/lib/services/audit/seal-audit-events";
import { recordExport } from "@/lib/services/audit/record-export";
import { inTransaction } from "@/lib/services/transaction";
import { unreadableAuditEvents } from "../support/audit-readable";
import { actorFor, refusal, seedDemoData, userRow } from "../support/fixtures";
import { makeNotice } from "../support/notice-fixtures";
import { makeTask } from "../support/task-fixtures";

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
      for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) await appendAuditEvent(tx, { actorId: admin.id, action: probe("job.probe"), data: probeData({ i }) });
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

describe("events the services write", () => {
  it("read back through their action's schema, every one", async () => {
    const [supervisor, head, admin] = [await actorFor("supervisor"), await actorFor("sfj_head"), await actorFor("admin")];
    const task = await makeTask("in_progress");
    const owned = await setTaskOwner(head, { id: task.id, version: task.version, ownerId: (await userRow("sfj_officer")).id });
    await requestExtension(head, { id: owned.id, version: owned.version, requestedDueDate: "2100-03-31", reason: "需协调" });
    const [request] = await (await getDb()).select().from(extensionRequests).where(eq(extensionRequests.taskId, task.id));
    await decideExtension(supervisor, { id: request!.id, approve: true, reason: null });
    const submitted = await makeTask("submitted");
    await transitionTask(supervisor, { id: submitted.id, action: "reject", reason: "佐证不足", version: submitted.version });
    const notice = await makeNotice([task.id]);
    const signed = await signNotice(head, { id: notice.id, version: notice.version });
    const responded = await respondToNotice(head, { id: notice.id, version: signed.version, content: "已整改", attachmentIds: [] });
    await sendBackNotice(supervisor, { id: notice.id, version: responded.version, reason: "请补充" });
    await writeInstruction(await actorFor("leader"), { taskId: task.id, noticeId: null, content: "抓紧办理" });
    const department = await createDepartment(admin, { name: "审计词表测试局", kind: "district", sortOrder: 99 });
    await setDepartmentActive(admin, { id: department.id, version: department.version, isActive: false });
    const officer = await userRow("scj_officer");
    await setUserStatus(admin, { id: officer.id, version: officer.version, status: "disabled" });
    await signIn({ login: "sfj_head", password: "wrong-password", method: "account" }, { ip: "10.0.0.1", userAgent: null });
    await recordExport(supervisor, "assessment", { year: 2026, departments: 3 });

    const { read, actions, unreadable } = await unreadableAuditEvents();
    expect(unreadable).toEqual([]);
    expect(read).toBeGreaterThan(20);
    for (const action of ["task.set_owner", "task.extension_approve", "task.reject", "notice.issue", "notice.send_back", "instruction.write", "department.deactivate", "user.disable", "auth.sign_in_failed", "export.assessment"]) {
      expect(actions, action).toContain(action);
    }
  });
});
