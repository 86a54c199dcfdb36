import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, departments } from "@/db/schema";
import { createDepartment } from "@/lib/services/departments/create-department";
import { setDepartmentActive, updateDepartment } from "@/lib/services/departments/update-department";
import { ZDepartmentCreateSchema, ZDepartmentUpdateSchema } from "@/lib/validation/departments";
import { actorFor, refusal, seedDemoData } from "../support/fixtures";

beforeAll(seedDemoData);

async function snapshot() {
  const db = await getDb();
  return db.select().from(departments).orderBy(asc(departments.id));
}

describe("department administration", () => {
  it("creates, renames, reorders and deactivates, each with an audit event", async () => {
    const admin = await actorFor("admin");
    const created = await createDepartment(admin, ZDepartmentCreateSchema.parse({ name: " 区统计局 ", kind: "district", sortOrder: "5" }));
    expect(created).toMatchObject({ name: "区统计局", sortOrder: 5, isActive: true, version: 1 });

    const renamed = await updateDepartment(admin, { id: created.id, version: 1, name: "区统计调查局", kind: "other", sortOrder: 7 });
    expect(renamed).toMatchObject({ name: "区统计调查局", kind: "other", sortOrder: 7, version: 2 });

    const inactive = await setDepartmentActive(admin, { id: created.id, version: 2, isActive: false });
    expect(inactive).toMatchObject({ isActive: false, version: 3 });

    const db = await getDb();
    const events = await db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id)).orderBy(asc(auditEvents.id));
    expect(events.map((e) => e.action)).toEqual(["department.create", "department.update", "department.deactivate"]);
    expect(events[1]!.data).toMatchObject({ before: { name: "区统计局" }, after: { name: "区统计调查局" } });
    expect(events.every((e) => e.actorId === admin.id)).toBe(true);
  });

  it("refuses a stale version and changes nothing", async () => {
    const admin = await actorFor("admin");
    const created = await createDepartment(admin, { name: "区档案馆", kind: "other", sortOrder: 1 });
    await updateDepartment(admin, { id: created.id, version: 1, name: "区档案馆（一）", kind: "other", sortOrder: 1 });
    const before = await snapshot();
    await refusal(updateDepartment(admin, { id: created.id, version: 1, name: "区档案馆（二）", kind: "other", sortOrder: 1 }), "CONFLICT");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a duplicate name beside the field", async () => {
    const admin = await actorFor("admin");
    const error = await refusal(createDepartment(admin, { name: "区司法局", kind: "district", sortOrder: 0 }), "VALIDATION");
    expect(error.fieldErrors).toEqual({ name: ["nameTaken"] });
  });

  it("is not found for an unknown id", async () => {
    const admin = await actorFor("admin");
    await refusal(
      updateDepartment(admin, { id: "00000000-0000-4000-8000-000000000001", version: 1, name: "x", kind: "other", sortOrder: 0 }),
      "NOT_FOUND",
    );
  });

  it("is refused to every role but admin and changes nothing", async () => {
    const before = await snapshot();
    const target = before[0]!;
    for (const account of ["supervisor", "leader", "sfj_head", "sfj_officer"]) {
      const actor = await actorFor(account);
      await refusal(createDepartment(actor, { name: `由${account}新建`, kind: "other", sortOrder: 0 }), "FORBIDDEN");
      await refusal(updateDepartment(actor, { id: target.id, version: target.version, name: "改名", kind: "other", sortOrder: 0 }), "FORBIDDEN");
      await refusal(setDepartmentActive(actor, { id: target.id, version: target.version, isActive: false }), "FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("rejects bad input at the schema, before any write", () => {
    const bad = [
      { name: "", kind: "district", sortOrder: 0 },
      { name: "x".repeat(101), kind: "district", sortOrder: 0 },
      { name: "区某局", kind: "ministry", sortOrder: 0 },
      { name: "区某局", kind: "district", sortOrder: -3 },
      { name: "区某局", kind: "district", sortOrder: "abc" },
    ];
    for (const input of bad) expect(ZDepartmentCreateSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    expect(ZDepartmentUpdateSchema.safeParse({ id: "not-a-uuid", version: 1, name: "x", kind: "other", sortOrder: 0 }).success).toBe(false);
  });
});
