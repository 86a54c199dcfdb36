import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { taskDepartments, tasks } from "@/db/schema";
import { toImportInput } from "@/lib/domain/plan-review/import-input";
import { flattenReview, toReviewTree } from "@/lib/domain/plan-review/review-tree";
import { importPlan } from "@/lib/services/plans/import-plan";
import { parsePlanText } from "@/lib/services/plans/parse-plan-text";
import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { updateTask } from "@/lib/services/tasks/update-task";
import { actorFor, departmentId, refusal, seedDemoData } from "../support/fixtures";

const corpus = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../fixtures/plan-import/corpus", name), "utf8");

beforeAll(async () => {
  await seedDemoData();
});

let ids = 0;
const nextId = () => `c${++ids}`;

describe("importing a plan whose items name several leads (共同牵头)", () => {
  it("creates each task with the first lead and the others as co-leads, who see it as cooperating", async () => {
    const supervisor = await actorFor("supervisor");
    const text = corpus("10-co-leads.txt");
    const parsed = await parsePlanText(supervisor, { text });
    const [scj, fgw, sfj, sjj] = await Promise.all(["区市场监督管理局", "区发展和改革委员会", "区司法局", "区审计局"].map(departmentId));
    const items = parsed.nodes[0]!.children;
    expect(items[0]!.leadDepartments.map((ref) => [ref.id, ref.sourceName])).toEqual([[scj, "区市场监管局"], [fgw, "区发改委"]]);
    expect(items[2]!.leadDepartments.map((ref) => ref.id)).toEqual([scj, null, sjj]);

    const tree = toReviewTree(parsed, nextId);
    const result = await importPlan(supervisor, toImportInput({ title: "优化营商环境法治保障工作方案", year: 2023, sourceText: text }, tree));
    expect(result.tasks).toBe(4);

    const db = await getDb();
    const rows = await db.select({ id: tasks.id, title: tasks.title }).from(tasks).where(eq(tasks.planId, result.planId));
    const byTitle = new Map(rows.map((row) => [row.title, row.id]));
    const links = await db.select().from(taskDepartments).where(inArray(taskDepartments.taskId, rows.map((row) => row.id)));
    const linksOf = (title: string) => links
      .filter((link) => link.taskId === byTitle.get(title))
      .map((link) => [link.departmentId, link.role, link.isCoLead])
      .sort();
    expect(linksOf("清理妨碍统一市场和公平竞争的政策措施")).toEqual([[fgw, "cooperating", true], [scj, "lead", false]].sort());
    expect(linksOf("推进涉企行政执法检查规范化")).toEqual([[scj, "cooperating", true], [sfj, "lead", false]].sort());
    // 区商务局 is no department here: it waits in the review, the matched co-lead is kept.
    expect(linksOf("落实包容审慎监管制度")).toEqual([[scj, "lead", false], [sjj, "cooperating", true]].sort());

    // A co-lead's department sees the task, as a cooperating department does.
    const taskId = byTitle.get("清理妨碍统一市场和公平竞争的政策措施")!;
    const loaded = await loadTaskForActor(db, supervisor, taskId);
    expect(loaded).toMatchObject({ leadDepartmentId: scj, coLeadDepartmentIds: [fgw] });
    expect(loaded.cooperatingDepartmentIds).toContain(fgw);
  });

  it("keeps a co-lead through an edit that keeps the department, and drops it with the department", async () => {
    const supervisor = await actorFor("supervisor");
    const text = corpus("10-co-leads.txt");
    const tree = toReviewTree(await parsePlanText(supervisor, { text }), nextId);
    const result = await importPlan(supervisor, toImportInput({ title: "共同牵头编辑", year: 2023, sourceText: text }, tree));
    const db = await getDb();
    const [task] = await db.select().from(tasks).where(and(eq(tasks.planId, result.planId), eq(tasks.title, "清理妨碍统一市场和公平竞争的政策措施")));
    const scj = await departmentId("区市场监督管理局");
    const fgw = await departmentId("区发展和改革委员会");
    const sjj = await departmentId("区审计局");
    const edit = { id: task!.id, title: task!.title, description: "", goalId: task!.goalId, leadDepartmentId: scj, ownerId: null,
      startDate: null, dueDate: "2023-06-30", priority: "normal" as const, milestones: [], indicators: [] };

    await updateTask(supervisor, { ...edit, version: task!.version, cooperatingDepartmentIds: [fgw, sjj] });
    expect(await loadTaskForActor(db, supervisor, task!.id)).toMatchObject({ coLeadDepartmentIds: [fgw] });
    await updateTask(supervisor, { ...edit, version: task!.version + 1, cooperatingDepartmentIds: [sjj] });
    expect(await loadTaskForActor(db, supervisor, task!.id)).toMatchObject({ coLeadDepartmentIds: [], cooperatingDepartmentIds: [sjj] });
  });

  it("refuses a co-lead that is no active department, at its node, and writes nothing", async () => {
    const supervisor = await actorFor("supervisor");
    const scj = await departmentId("区市场监督管理局");
    const input = { title: "坏的共同牵头", year: 2023, sourceText: "", nodes: [{
      kind: "item" as const, title: "任务", choice: "task" as const, leadDepartmentId: scj,
      coLeadDepartmentIds: ["00000000-0000-4000-8000-000000000000"],
    }] };
    const db = await getDb();
    const before = (await db.select({ id: tasks.id }).from(tasks)).length;
    const error = await refusal(importPlan(supervisor, input), "VALIDATION");
    expect(error.fieldErrors).toEqual({ "nodes.0.coLeadDepartmentIds": ["departmentUnknown"] });
    expect((await db.select({ id: tasks.id }).from(tasks)).length).toBe(before);
  });

  it("offers, never assigns, the district's department for a county's name", async () => {
    const parsed = await parsePlanText(await actorFor("supervisor"), { text: corpus("17-county-document.txt") });
    const second = flattenReview(toReviewTree(parsed, nextId))[2]!;
    expect(second.leadDepartmentId).toBe("");
    expect(second.named.leads[0]).toEqual({
      id: null, name: "县司法局", sourceName: "县司法局", suggestion: { id: await departmentId("区司法局"), name: "区司法局" },
    });
  });
});
