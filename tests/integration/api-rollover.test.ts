import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, plans, tasks } from "@/db/schema";
import { tokenFor } from "../support/api-client";
import { call } from "../support/api-routes";
import { seedDemoData } from "../support/fixtures";
import { makeRolloverPlan } from "../support/rollover-fixtures";

beforeAll(seedDemoData, 60_000);

const snapshot = async () => {
  const db = await getDb();
  return { tasks: await db.select({ id: tasks.id, status: tasks.status, version: tasks.version }).from(tasks).orderBy(tasks.id), plans: await db.$count(plans), events: await db.$count(auditEvents) };
};

describe("POST /plans/{id}/rollover", () => {
  it("answers the preview on dryRun and changes nothing; then carries, and a second call moves nothing", async () => {
    const fx = await makeRolloverPlan();
    const supervisor = await tokenFor("supervisor");
    const before = await snapshot();
    const preview = await call("rolloverPlan", supervisor, { params: { id: fx.plan.id }, body: { targetYear: 2027, dryRun: true } });
    expect(preview.status).toBe(200);
    expect(preview.json.plan).toBeNull();
    expect(preview.json.target).toEqual({ id: null, title: "2027年法治政府建设工作要点", year: 2027, exists: false });
    expect(preview.json.carried).toHaveLength(4);
    expect(preview.json.carried.every((c: { taskId: unknown }) => c.taskId === null)).toBe(true);
    expect(await snapshot()).toEqual(before);

    const chosen = preview.json.carried.slice(0, 2).map((c: { fromTaskId: string; version: number }) => ({ id: c.fromTaskId, version: c.version, dueDate: "2027-12-31" }));
    const done = await call("rolloverPlan", supervisor, { params: { id: fx.plan.id }, body: { targetYear: 2027, tasks: chosen } });
    expect(done.status).toBe(200);
    expect(done.json.plan).toMatchObject({ year: 2027, title: "2027年法治政府建设工作要点", status: "active" });
    expect(done.json.carried.map((c: { fromTaskId: string; newDueDate: string }) => [c.fromTaskId, c.newDueDate])).toEqual(chosen.map((c: { id: string }) => [c.id, "2027-12-31"]));
    const successor = (await (await getDb()).select().from(tasks).where(eq(tasks.id, done.json.carried[0].taskId)))[0]!;
    expect(successor.carriedFromTaskId).toBe(chosen[0].id);
    // Both timelines name the other task.
    const newer = await call("getTask", supervisor, { params: { id: successor.id } });
    expect(newer.json.timeline).toContainEqual(expect.objectContaining({ type: "event", action: "task.carried_from", content: chosen[0].id }));
    const older = await call("getTask", supervisor, { params: { id: chosen[0].id } });
    expect(older.json).toMatchObject({ status: "carried_over", warning: "done" });
    expect(older.json.timeline).toContainEqual(expect.objectContaining({ type: "event", action: "task.carry_over" }));

    const stale = await call("rolloverPlan", supervisor, { params: { id: fx.plan.id }, body: { targetYear: 2027, tasks: preview.json.carried.slice(2).map((c: { fromTaskId: string; version: number }) => ({ id: c.fromTaskId, version: c.version + 1 })) } });
    expect(stale.status).toBe(409);
    const again = await call("rolloverPlan", supervisor, { params: { id: fx.plan.id }, body: { targetYear: 2027, tasks: chosen.map((c: { id: string; version: number }) => ({ id: c.id, version: c.version })) } });
    expect(again.status).toBe(200);
    expect(again.json.carried).toEqual([]);
    expect(again.json.skipped.map((s: { reason: string }) => s.reason)).toEqual(["alreadyCarried", "alreadyCarried"]);
  });

  it("refuses department roles (403), a bad year or body (422)", async () => {
    const fx = await makeRolloverPlan("部门无权结转");
    const head = await tokenFor("sfj_head");
    expect((await call("rolloverPlan", head, { params: { id: fx.plan.id }, body: { targetYear: 2027, dryRun: true } })).status).toBe(403);
    const supervisor = await tokenFor("supervisor");
    const year = await call("rolloverPlan", supervisor, { params: { id: fx.plan.id }, body: { targetYear: 2025 } });
    expect(year.status).toBe(422);
    expect(year.json.errors).toEqual([expect.objectContaining({ path: "targetYear" })]);
    expect((await call("rolloverPlan", supervisor, { params: { id: fx.plan.id }, body: { targetYear: "2027" } })).status).toBe(422);
    expect((await call("rolloverPlan", supervisor, { params: { id: fx.plan.id }, body: { targetYear: 2027, tasks: [] } })).status).toBe(422);
  });
});
