import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, departments, goals, plans, taskDepartments, tasks } from "@/db/schema";
import { getPlanOverview, listPlansWithCounts } from "@/db/queries/plan-overview";
import { toImportInput } from "@/lib/domain/plan-review/import-input";
import { bulkAssign, flattenReview, toReviewTree, type TReviewNode } from "@/lib/domain/plan-review/review-tree";
import { extractPlanText } from "@/lib/services/plans/extract-plan-text";
import { importPlan } from "@/lib/services/plans/import-plan";
import { parsePlanText } from "@/lib/services/plans/parse-plan-text";
import type { TImportPlanInput } from "@/lib/validation/imports";
import { actorFor, departmentId, refusal, seedDemoData } from "../support/fixtures";

const REPORT = readFileSync(path.resolve(import.meta.dirname, "../fixtures/liangyuan-2021-report.txt"), "utf8");

beforeAll(async () => {
  await seedDemoData();
});

/** Rows of everything an import writes, to show that a refused import wrote none. */
async function written() {
  const db = await getDb();
  const n = async (table: typeof plans | typeof goals | typeof tasks | typeof auditEvents | typeof taskDepartments) =>
    (await db.select({ n: count() }).from(table))[0]!.n;
  return { plans: await n(plans), goals: await n(goals), tasks: await n(tasks), links: await n(taskDepartments), audit: await n(auditEvents) };
}

let ids = 0;
const nextId = () => `n${++ids}`;

/** The seed report as the review screen shows it, with every task assigned to 区司法局 (区财政局 cooperating), due 2022-12-31. */
async function reviewedReport(): Promise<{ nodes: TReviewNode[]; input: TImportPlanInput }> {
  const supervisor = await actorFor("supervisor");
  const parsed = await parsePlanText(supervisor, { text: REPORT, year: 2022 });
  const tree = toReviewTree(parsed, nextId);
  const chosen = new Set(flattenReview(tree).filter((node) => node.choice !== "goal").map((node) => node.id));
  const nodes = bulkAssign(tree, chosen, {
    leadDepartmentId: await departmentId("区司法局"),
    cooperatingDepartmentIds: [await departmentId("区财政局")],
    dueDate: "2022-12-31",
  });
  return { nodes, input: toImportInput({ title: "梁园区2022年度法治政府建设整改任务", year: 2022, sourceText: REPORT }, nodes) };
}

describe("importing a plan", () => {
  it("creates the plan, all goals and the chosen draft tasks, linked to their goals, with departments and due dates", async () => {
    const { nodes, input } = await reviewedReport();
    const flat = flattenReview(nodes);
    const chosen = flat.filter((node) => node.choice !== "goal");
    // The seed report: 10 sections, 26 + 4 items, 3 problems (docs/product.md); leaf items and measures become tasks.
    expect(flat.filter((node) => node.kind === "section")).toHaveLength(10);
    expect(flat.filter((node) => node.kind === "item")).toHaveLength(30);
    expect(chosen.filter((node) => node.choice === "problem")).toHaveLength(3);
    const before = await written();

    const result = await importPlan(await actorFor("supervisor"), input);
    expect(result).toMatchObject({ goals: flat.length, tasks: chosen.length, problems: 3 });

    const db = await getDb();
    const [plan] = await db.select().from(plans).where(eq(plans.id, result.planId));
    expect(plan).toMatchObject({ title: "梁园区2022年度法治政府建设整改任务", year: 2022, status: "active", sourceText: REPORT });
    const goalRows = await db.select().from(goals).where(eq(goals.planId, result.planId));
    expect(goalRows).toHaveLength(flat.length);
    expect(goalRows.filter((goal) => goal.parentId === null)).toHaveLength(nodes.length);
    expect(goalRows.filter((goal) => goal.kind === "problem")).toHaveLength(3);

    const taskRows = await db.select().from(tasks).where(eq(tasks.planId, result.planId));
    expect(taskRows).toHaveLength(chosen.length);
    const goalById = new Map(goalRows.map((goal) => [goal.id, goal]));
    for (const task of taskRows) {
      expect(task.status).toBe("draft");
      expect(task.dueDate).toBe("2022-12-31");
      expect(goalById.get(task.goalId!)?.title).toBe(task.title);
    }
    expect(new Set(taskRows.map((task) => task.goalId)).size).toBe(chosen.length);
    const links = await db.select().from(taskDepartments).where(inArray(taskDepartments.taskId, taskRows.map((task) => task.id)));
    const sfj = await departmentId("区司法局");
    expect(links.filter((link) => link.role === "lead" && link.departmentId === sfj)).toHaveLength(chosen.length);
    expect(links.filter((link) => link.role === "cooperating")).toHaveLength(chosen.length);

    const [importEvent] = await db.select().from(auditEvents).where(eq(auditEvents.action, "plan.import"));
    expect(importEvent).toMatchObject({ entityType: "plan", entityId: result.planId, data: { goals: flat.length, tasks: chosen.length, problems: 3 } });
    const after = await written();
    // One audit event per task (createTask) and one for the import.
    expect(after.audit - before.audit).toBe(chosen.length + 1);
  });

  it("stores indicators as task targets and the node's body as the description", async () => {
    const supervisor = await actorFor("supervisor");
    const text = "一、深化行政复议\n（一）提升办案质效。全年办结行政复议案件120件，办结率100%。（牵头单位：区司法局；完成时限：6月底前）\n";
    const parsed = await parsePlanText(supervisor, { text, year: 2026 });
    const input = toImportInput({ title: "行政复议工作要点", year: 2026, sourceText: text }, toReviewTree(parsed, nextId));
    const result = await importPlan(supervisor, input);
    const db = await getDb();
    const [task] = await db.select().from(tasks).where(eq(tasks.planId, result.planId));
    expect(task).toMatchObject({ title: "提升办案质效", dueDate: "2026-06-30" });
    expect(task!.description).toContain("办结率100%");
    const [lead] = await db.select().from(taskDepartments).where(eq(taskDepartments.taskId, task!.id));
    expect(lead).toMatchObject({ role: "lead", departmentId: await departmentId("区司法局") });
  });

  it("writes nothing when one node names a department that does not exist", async () => {
    const { input } = await reviewedReport();
    const last = input.nodes[input.nodes.length - 1]!;
    const broken: TImportPlanInput = {
      ...input,
      nodes: [...input.nodes.slice(0, -1), { ...last, children: [{ ...last.children![0]!, leadDepartmentId: randomUUID() }, ...last.children!.slice(1)] }],
    };
    const before = await written();
    const error = await refusal(importPlan(await actorFor("supervisor"), broken), "VALIDATION");
    expect(error.fieldErrors).toEqual({ [`nodes.${input.nodes.length - 1}.children.0.leadDepartmentId`]: ["departmentUnknown"] });
    expect(await written()).toEqual(before);
  });

  it("writes nothing when a department was deactivated after review", async () => {
    const { input } = await reviewedReport();
    const db = await getDb();
    const [inactive] = await db.insert(departments).values({ name: "区已撤并局", kind: "district", isActive: false }).returning();
    const first = input.nodes[0]!;
    const broken: TImportPlanInput = { ...input, nodes: [{ ...first, cooperatingDepartmentIds: [inactive!.id] }, ...input.nodes.slice(1)] };
    const before = await written();
    const error = await refusal(importPlan(await actorFor("supervisor"), broken), "VALIDATION");
    expect(error.fieldErrors).toEqual({ "nodes.0.cooperatingDepartmentIds": ["departmentUnknown"] });
    expect(await written()).toEqual(before);
  });

  it("writes nothing when a title is 201 characters long, even on a goal-only node", async () => {
    const { input } = await reviewedReport();
    const before = await written();
    const longTitle: TImportPlanInput = { ...input, nodes: [{ ...input.nodes[0]!, title: "法".repeat(201) }, ...input.nodes.slice(1)] };
    const error = await refusal(importPlan(await actorFor("supervisor"), longTitle), "VALIDATION");
    expect(error.fieldErrors).toEqual({ "nodes.0.title": ["tooLong:200"] });
    expect(await written()).toEqual(before);
  });

  it("refuses more tasks than the limit with a clear message, and writes nothing", async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ kind: "item" as const, title: `任务${i + 1}`, choice: "task" as const }));
    const before = await written();
    const error = await refusal(importPlan(await actorFor("supervisor"), { title: "超量导入", year: 2026, nodes: many }), "VALIDATION");
    expect(error.messageKey).toBe("importErrors.tooManyTasks");
    expect(await written()).toEqual(before);
  });

  it("refuses a task without a title, and a lead that also cooperates", async () => {
    const lead = await departmentId("区司法局");
    const error = await refusal(
      importPlan(await actorFor("supervisor"), {
        title: "校验",
        year: 2026,
        nodes: [
          { kind: "section", title: "", choice: "goal" },
          { kind: "item", title: "  ", choice: "task" },
          { kind: "item", title: "加强培训", choice: "task", leadDepartmentId: lead, cooperatingDepartmentIds: [lead] },
        ],
      }),
      "VALIDATION",
    );
    expect(error.fieldErrors).toEqual({ "nodes.1.title": ["required"], "nodes.2.cooperatingDepartmentIds": ["leadAlsoCooperating"] });
  });

  it.each(["leader", "sfj_head", "sfj_officer"])("refuses %s (FORBIDDEN) and writes nothing", async (account) => {
    const { input } = await reviewedReport();
    const actor = await actorFor(account);
    const before = await written();
    await refusal(importPlan(actor, input), "FORBIDDEN");
    await refusal(parsePlanText(actor, { text: REPORT }), "FORBIDDEN");
    await refusal(extractPlanText(actor, { name: "a.txt", bytes: new TextEncoder().encode("一、加强领导") }), "FORBIDDEN");
    expect(await written()).toEqual(before);
  });
});

describe("reading plans", () => {
  it("lists plans with goal, task and draft counts, and shows one with its goals and tasks, to who may read everything", async () => {
    const supervisor = await actorFor("supervisor");
    const text = "一、规范执法\n（一）推行三项制度。\n（二）开展案卷评查。\n";
    const parsed = await parsePlanText(supervisor, { text, year: 2027 });
    const { planId } = await importPlan(supervisor, toImportInput({ title: "2027年执法工作要点", year: 2027, sourceText: text }, toReviewTree(parsed, nextId)));
    const listed = (await listPlansWithCounts(await actorFor("leader"))).find((plan) => plan.id === planId);
    expect(listed).toMatchObject({ title: "2027年执法工作要点", year: 2027, status: "active", goals: 3, tasks: 2, drafts: 2 });
    const overview = await getPlanOverview(supervisor, planId);
    const section = overview?.goals.find((goal) => goal.code === "一、");
    expect(overview?.goals.filter((goal) => goal.parentId === section?.id).map((goal) => goal.code)).toEqual(["（一）", "（二）"]);
    expect(overview?.tasks.map((task) => task.title).sort()).toEqual(["开展案卷评查", "推行三项制度"]);
    expect(await getPlanOverview(supervisor, randomUUID())).toBeNull();
    await refusal(listPlansWithCounts(await actorFor("sfj_head")), "FORBIDDEN");
  });
});

describe("parsing a plan's text", () => {
  it("matches the departments a work plan names against the active departments", async () => {
    const text = "一、规范执法\n（一）推行三项制度。（牵头单位：区司法局；配合单位：区财政局、县文旅局；完成时限：6月底前）\n";
    const parsed = await parsePlanText(await actorFor("supervisor"), { text, year: 2026 });
    const item = parsed.nodes[0]!.children[0]!;
    expect(item.leadDepartment).toEqual({ id: await departmentId("区司法局"), name: "区司法局", sourceName: "区司法局", suggestion: null });
    expect(item.cooperatingDepartments).toEqual([
      { id: await departmentId("区财政局"), name: "区财政局", sourceName: "区财政局", suggestion: null },
      { id: null, name: "县文旅局", sourceName: "县文旅局", suggestion: null },
    ]);
    expect(item.dueDate).toBe("2026-06-30");
  });
});
