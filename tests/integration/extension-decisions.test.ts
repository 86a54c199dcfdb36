import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getTaskDetail } from "@/db/queries/tasks/task-detail";
import { auditEvents, extensionRequests } from "@/db/schema";
import { decideExtension } from "@/lib/services/tasks/decide-extension";
import { requestExtension } from "@/lib/services/tasks/request-extension";
import { ZExtensionDecisionSchema } from "@/lib/validation/tasks";
import { actorFor, seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

beforeAll(seedDemoData, 60_000);

const context = { today: "2030-05-15", timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } };

async function pendingRequest(title: string) {
  const task = await makeTask("in_progress", { title });
  const head = await actorFor("sfj_head");
  const request = await requestExtension(head, { id: task.id, version: task.version, requestedDueDate: "2100-03-31", reason: "需等待上级批复" });
  return { task, head, request };
}

async function auditOf(taskId: string, action: string) {
  const db = await getDb();
  const rows = await db.select().from(auditEvents).where(eq(auditEvents.entityId, taskId));
  return rows.filter((r) => r.action === action);
}

describe("extension decisions take the decider's comment", () => {
  it("stores, audits and shows on the timeline the comment given with an approval", async () => {
    const { task, head, request } = await pendingRequest("同意延期附意见");
    const supervisor = await actorFor("supervisor");
    const input = ZExtensionDecisionSchema.parse({ id: request.id, approve: true, reason: "  同意，请于新时限前报送佐证  " });
    const { request: decided } = await decideExtension(supervisor, input);
    expect(decided).toMatchObject({ status: "approved", decisionReason: "同意，请于新时限前报送佐证" });
    const db = await getDb();
    expect((await db.select().from(extensionRequests).where(eq(extensionRequests.id, request.id)))[0]!.decisionReason).toBe("同意，请于新时限前报送佐证");
    expect(await auditOf(task.id, "task.extension_approve")).toEqual([expect.objectContaining({ data: expect.objectContaining({ reason: "同意，请于新时限前报送佐证" }) })]);
    const detail = await getTaskDetail(head, task.id, context);
    expect(detail.timeline.find((i) => i.type === "event" && i.action === "task.extension_approve")).toMatchObject({ data: { reason: "同意，请于新时限前报送佐证" } });
  });

  it("approves without a comment (a blank one is none), and refuses a rejection without one", async () => {
    const { task, request } = await pendingRequest("同意延期无意见");
    const supervisor = await actorFor("supervisor");
    await expect(decideExtension(supervisor, ZExtensionDecisionSchema.parse({ id: request.id, approve: false, reason: "   " }))).rejects.toMatchObject({
      code: "RULE",
      messageKey: "reasonRequired",
    });
    const { request: decided } = await decideExtension(supervisor, ZExtensionDecisionSchema.parse({ id: request.id, approve: true, reason: "  " }));
    expect(decided).toMatchObject({ status: "approved", decisionReason: null });
    expect(await auditOf(task.id, "task.extension_approve")).toHaveLength(1);
  });

  it("refuses a comment with unsafe characters or over the length limit at the door", () => {
    const id = crypto.randomUUID();
    expect(ZExtensionDecisionSchema.safeParse({ id, approve: true, reason: "意见\u0000" }).success).toBe(false);
    expect(ZExtensionDecisionSchema.safeParse({ id, approve: true, reason: "长".repeat(10_001) }).success).toBe(false);
    expect(ZExtensionDecisionSchema.safeParse({ id, approve: true }).success).toBe(true);
  });
});
