import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "@/lib/domain/plan-import";
import { countReview, nodeErrorsOf, toImportInput } from "@/lib/domain/plan-review/import-input";
import {
  addUnparsedLine, bulkAssign, canMergeIntoPrevious, dropNode, findNode, flattenReview, mergeIntoPrevious, splitNode, toReviewTree,
  updateNode, type TReviewNode,
} from "@/lib/domain/plan-review/review-tree";
import { ZImportPlanSchema } from "@/lib/validation/imports";
import { DEMO_DEPARTMENTS, readFixture } from "./plan-import/fixtures";

const ids = () => {
  let n = 0;
  return () => `n${++n}`;
};

const WORK_PLAN = parsePlanDocument(readFixture("plan-import/work-plan-2022.txt"), { departments: DEMO_DEPARTMENTS });
const REPORT = parsePlanDocument(readFixture("liangyuan-2021-report.txt"), { year: 2022 });
const byCode = (nodes: readonly TReviewNode[], code: string) => {
  const found = flattenReview(nodes).find((node) => node.code === code);
  if (!found) throw new Error(`no node ${code}`);
  return found;
};

describe("the review tree's defaults", () => {
  const tree = toReviewTree(WORK_PLAN, ids());

  it("makes leaf items and measures tasks, problems problems, and containers goals only", () => {
    expect(byCode(tree, "一、").choice).toBe("goal");
    expect(byCode(tree, "（一）").choice).toBe("task");
    // (四) holds measures 1. 2. 3.: they are the tasks, the item stays a goal.
    expect(byCode(tree, "(四)").choice).toBe("goal");
    expect(byCode(tree, "1.").choice).toBe("task");
    expect(byCode(tree, "（1）").choice).toBe("goal");
    expect(byCode(tree, "（2）").choice).toBe("task");
    const report = toReviewTree(REPORT, ids());
    expect(flattenReview(report).filter((node) => node.kind === "problem").map((node) => node.choice)).toEqual(["problem", "problem", "problem"]);
  });

  it("takes matched departments and dates from the annotation and keeps unmatched names for review", () => {
    const second = byCode(tree, "（二）");
    expect(second).toMatchObject({ leadDepartmentId: "d-sfj", cooperatingDepartmentIds: ["d-zfb", "d-rsj"], dueDate: "2022-06-30" });
    const first = byCode(tree, "（一）");
    expect(first.leadDepartmentId).toBe("");
    expect(first.named.leads[0]).toMatchObject({ id: null, name: "区委依法治区办" });
  });

  it("lets measures without an annotation inherit their item's", () => {
    // （五）'s measures carry no annotation and neither does （五）: nothing to inherit.
    expect(byCode(tree, "（1）").leadDepartmentId).toBe("");
    const item = toReviewTree(parsePlanDocument("一、规范执法\n（一）推行三项制度。（牵头单位：区司法局；完成时限：6月底前）\n1.落实公示制度。\n2.落实记录制度。（完成时限：9月底前）\n", { departments: DEMO_DEPARTMENTS, year: 2026 }), ids());
    expect(byCode(item, "1.")).toMatchObject({ leadDepartmentId: "d-sfj", dueDate: "2026-06-30" });
    // A measure with an annotation of its own keeps it, even a partial one.
    expect(byCode(item, "2.")).toMatchObject({ leadDepartmentId: "", dueDate: "2026-09-30" });
  });

  it("builds an import the schema accepts, with every node in document order", () => {
    // Without known departments (their ids in the fixture are no uuids): names stay for review.
    const unmatched = toReviewTree(parsePlanDocument(readFixture("plan-import/work-plan-2022.txt")), ids());
    const input = toImportInput({ title: "工作要点", year: 2022, sourceText: "" }, unmatched);
    const parsed = ZImportPlanSchema.parse(input);
    expect(parsed.nodes).toHaveLength(tree.length);
    const counts = countReview(tree);
    expect(counts.total).toBe(flattenReview(tree).length);
    expect(counts.tasks + counts.goalsOnly).toBe(counts.total);
    expect(counts.section).toBe(3);
  });
});

describe("editing the review tree", () => {
  const small = () =>
    toReviewTree(
      parsePlanDocument("一、规范执法\n（一）推行三项制度。全面推行公示制度，办结率100%。落实记录制度。\n（二）开展案卷评查。\n（三）加强培训。\n", { year: 2026 }),
      ids(),
    );

  it("updates one node and keeps the other nodes' identity", () => {
    const tree = small();
    const next = updateNode(tree, byCode(tree, "（二）").id, { title: "开展行政执法案卷评查" });
    expect(byCode(next, "（二）").title).toBe("开展行政执法案卷评查");
    expect(byCode(next, "（一）")).toBe(byCode(tree, "（一）"));
    expect(updateNode(tree, "no-such-id", { title: "x" })).toBe(tree);
  });

  it("drops a node with its children", () => {
    const tree = small();
    expect(dropNode(tree, byCode(tree, "一、").id)).toEqual([]);
    const next = dropNode(tree, byCode(tree, "（二）").id);
    expect(next[0]!.children.map((node) => node.code)).toEqual(["（一）", "（三）"]);
  });

  it("merges a node into its previous sibling, text and children included", () => {
    const tree = small();
    const second = byCode(tree, "（二）");
    expect(canMergeIntoPrevious(tree, byCode(tree, "（一）").id)).toBe(false);
    expect(canMergeIntoPrevious(tree, second.id)).toBe(true);
    const next = mergeIntoPrevious(tree, second.id);
    const merged = byCode(next, "（一）");
    expect(merged.body).toContain("（二）开展案卷评查。");
    expect(merged.lines).toEqual([2, 3]);
    expect(next[0]!.children).toHaveLength(2);
    expect(mergeIntoPrevious(tree, byCode(tree, "（一）").id)).toBe(tree);
  });

  it("splits a body at a position: the rest becomes a sibling titled by its first sentence", () => {
    const tree = small();
    const first = byCode(tree, "（一）");
    const at = first.body.indexOf("落实记录制度");
    const next = splitNode(tree, first.id, at, "new");
    const [kept, added] = next[0]!.children;
    expect(kept!.body).toBe("全面推行公示制度，办结率100%。");
    expect(added).toMatchObject({ id: "new", code: "", title: "落实记录制度", body: "", choice: "task" });
    expect(kept!.indicators.map((indicator) => indicator.value)).toEqual([100]);
    expect(splitNode(tree, first.id, first.body.length, "none")).toBe(tree);
  });

  it("bulk-assigns only the given fields to the selected nodes, never a lead that also cooperates", () => {
    const tree = updateNode(small(), "n3", { cooperatingDepartmentIds: ["d-sfj", "d-czj"] });
    const selected = new Set(["n3", "n4"]);
    const next = bulkAssign(tree, selected, { leadDepartmentId: "d-sfj", dueDate: "2026-06-30" });
    expect(findNode(next, "n3")).toMatchObject({ leadDepartmentId: "d-sfj", cooperatingDepartmentIds: ["d-czj"], dueDate: "2026-06-30", choice: "task" });
    expect(findNode(next, "n4")).toMatchObject({ leadDepartmentId: "d-sfj", dueDate: "2026-06-30" });
    expect(findNode(next, "n5")).toBe(findNode(tree, "n5"));
  });

  it("adds an unparsed line as a top-level work item", () => {
    const next = addUnparsedLine(small(), { line: 9, text: " 开展普法宣传 " }, "u1");
    expect(next[next.length - 1]).toMatchObject({ id: "u1", kind: "item", title: "开展普法宣传", lines: [9, 9], choice: "task" });
  });

  it("places field errors on the nodes they name", () => {
    const tree = small();
    const errors = nodeErrorsOf(tree, {
      "nodes.0.children.2.title": ["tooLong:200"],
      "nodes.0.cooperatingDepartmentIds": ["departmentUnknown"],
      title: ["required"],
      nodes: ["chooseOne"],
    });
    expect(errors).toEqual([
      { nodeId: byCode(tree, "（三）").id, field: "title", message: "tooLong:200" },
      { nodeId: byCode(tree, "一、").id, field: "cooperatingDepartmentIds", message: "departmentUnknown" },
      { nodeId: "", field: "title", message: "required" },
      { nodeId: "", field: "_form", message: "chooseOne" },
    ]);
  });
});

describe("the import schema", () => {
  const node = { kind: "item" as const, title: "加强培训", choice: "task" as const };

  it("refuses a tree deeper than ten levels while parsing", () => {
    let deep: { kind: "item"; title: string; choice: "goal"; children?: unknown[] } = { kind: "item", title: "x", choice: "goal" };
    for (let i = 0; i < 12; i++) deep = { kind: "item", title: "x", choice: "goal", children: [deep] };
    expect(ZImportPlanSchema.safeParse({ title: "深", year: 2026, nodes: [deep] }).success).toBe(false);
  });

  it("refuses a year outside 2000–2100, an empty tree and unknown fields", () => {
    expect(ZImportPlanSchema.safeParse({ title: "方案", year: 1999, nodes: [node] }).success).toBe(false);
    expect(ZImportPlanSchema.safeParse({ title: "方案", year: 2026, nodes: [] }).success).toBe(false);
    expect(ZImportPlanSchema.safeParse({ title: "方案", year: 2026, nodes: [{ ...node, owner: "x" }] }).success).toBe(false);
    expect(ZImportPlanSchema.safeParse({ title: "方案", year: 2026, nodes: [node] }).success).toBe(true);
  });
});
