import { describe, expect, it } from "vitest";
import { DEFAULT_ASSESSMENT_RULES, scoreDepartment, type TAssessmentFact } from "@/lib/domain/assessment";
import { rollUpCoverage } from "@/lib/domain/indicators/coverage";
import { planIndicatorImport } from "@/lib/domain/indicators/import-plan";
import { indicatorFieldOfHeader } from "@/lib/domain/indicators/sheet-columns";
import { nestIndicators, subtreeCodes, validateIndicatorTree, type TIndicatorRow } from "@/lib/domain/indicators/tree";
import { effectiveWeights, splitPoints, taskMultiplier } from "@/lib/domain/indicators/weights";

const row = (code: string, level: number, parentCode: string | null, r?: number): TIndicatorRow => ({ code, name: code, level, parentCode, row: r });
const keys = (rows: TIndicatorRow[]) => validateIndicatorTree(rows).map((i) => `${i.code}:${i.key}`);

describe("indicator tree rules", () => {
  it("accepts a well-formed tree", () => {
    expect(keys([row("1", 1, null), row("1.1", 2, "1"), row("1.1.1", 3, "1.1"), row("2", 1, null)])).toEqual([]);
  });
  it("refuses duplicate codes, missing parents, cycles, self-parents and inconsistent levels", () => {
    expect(keys([row("1", 1, null, 2), row("1", 1, null, 3)])).toEqual(["1:duplicateCode"]);
    expect(keys([row("1.1", 2, "9")])).toEqual(["1.1:parentMissing"]);
    expect(keys([row("A", 2, "B", 2), row("B", 3, "A", 3)])).toEqual(["A:cycle", "B:cycle"]);
    expect(keys([row("A", 2, "A")])).toEqual(["A:selfParent"]);
    expect(keys([row("1", 2, null)])).toEqual(["1:rootLevel"]);
    expect(keys([row("1", 1, null), row("1.1", 3, "1")])).toEqual(["1.1:levelMismatch"]);
    // A row hanging under a cycle is refused too (its level cannot be judged).
    expect(keys([row("A", 2, "B", 1), row("B", 3, "A", 2), row("C", 4, "A", 3)])).toEqual(["A:cycle", "B:cycle", "C:cycle"]);
  });
  it("merges an import into the stored tree: replaced, added, kept; and refuses a merge that breaks a rule", () => {
    const stored = [row("1", 1, null), row("1.1", 2, "1")];
    expect(planIndicatorImport(stored, [row("1", 1, null), { ...row("1.1", 2, "1"), name: "新名" }, row("2", 1, null)])).toEqual({
      ok: true,
      added: ["2"],
      updated: ["1.1"],
      unchanged: ["1"],
    });
    // Moving 1 under a new root would leave the stored 1.1 at the wrong level.
    const plan = planIndicatorImport(stored, [row("0", 1, null, 2), row("1", 2, "0", 3)]);
    expect(plan).toMatchObject({ ok: false, issues: [{ code: "1.1", key: "levelMismatch", row: null }] });
  });
  it("finds subtrees and nests rows", () => {
    const rows = [row("1", 1, null), row("1.1", 2, "1"), row("1.1.1", 3, "1.1"), row("2", 1, null)];
    expect([...subtreeCodes(rows, "1")].sort()).toEqual(["1", "1.1", "1.1.1"]);
    expect(nestIndicators(rows).map((n) => [n.code, n.children.length])).toEqual([["1", 1], ["2", 0]]);
  });
  it("reads the sheet's headers in Chinese or English", () => {
    expect(["指标编码(code)", "编码", "Code", "指标名称", "级别", "上级编码", "Parent", "备注"].map(indicatorFieldOfHeader)).toEqual([
      "code",
      "code",
      "code",
      "name",
      "level",
      "parent",
      "parent",
      null,
    ]);
  });
});

describe("coverage roll-up", () => {
  it("counts each task once per indicator, up the tree, and marks indicators nothing serves", () => {
    const rows = [row("A", 1, null), row("A1", 2, "A"), row("A2", 2, "A"), row("B", 1, null)];
    const coverage = rollUpCoverage(rows, [
      { indicatorCode: "A1", taskId: "t1", completed: true, overdue: false },
      { indicatorCode: "A2", taskId: "t1", completed: true, overdue: false },
      { indicatorCode: "A2", taskId: "t2", completed: false, overdue: true },
    ]);
    expect(coverage.get("A")).toEqual({ direct: { total: 0, completed: 0, overdue: 0 }, subtree: { total: 2, completed: 1, overdue: 1 }, gap: false });
    expect(coverage.get("A2")!.direct).toEqual({ total: 2, completed: 1, overdue: 1 });
    expect(coverage.get("B")!.gap).toBe(true);
  });
});

describe("考核 by indicator", () => {
  it("inherits weights down the tree and splits a point among the indicators in proportion", () => {
    const weights = effectiveWeights([
      { code: "A", parentCode: null, weight: "2.00" },
      { code: "A1", parentCode: "A", weight: null },
      { code: "B", parentCode: null, weight: null },
    ]);
    expect(Object.fromEntries(weights)).toEqual({ A: 2, A1: 2, B: 1 });
    const served = [
      { code: "A1", name: "推进服务型行政执法", weight: 2 },
      { code: "B", name: "一带动", weight: 1 },
    ];
    expect(taskMultiplier(served)).toBe(1.5);
    expect(splitPoints(-3, served)).toEqual([
      { code: "A1", name: "推进服务型行政执法", points: -2 },
      { code: "B", name: "一带动", points: -1 },
    ]);
  });
  it("weighs task points and shows each indicator's share; without weights the score is unchanged", () => {
    const overdue = { rule: "leadOverdue", taskId: "t1", title: "逾期任务", day: "2026-03-01" } as const;
    const facts: TAssessmentFact[] = [overdue, { rule: "onTimeCompletion", taskId: "t2", title: "按期办结", day: "2026-04-01" }];
    const plain = scoreDepartment(facts, DEFAULT_ASSESSMENT_RULES);
    expect(plain).toMatchObject({ score: 98.5 });
    expect(plain.byIndicator).toBeUndefined();
    const weighted = scoreDepartment(
      [{ ...overdue, indicators: [{ code: "A1", name: "推进服务型行政执法", weight: 2 }] }, facts[1]!],
      DEFAULT_ASSESSMENT_RULES,
    );
    expect(weighted.score).toBe(96.5);
    expect(weighted.items[0]).toMatchObject({ points: -4, contributions: [{ code: "A1", points: -4 }] });
    expect(weighted.byIndicator).toEqual([{ code: "A1", name: "推进服务型行政执法", points: -4 }]);
  });
});
