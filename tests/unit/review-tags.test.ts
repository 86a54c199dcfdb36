import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "@/lib/domain/plan-import";
import { toImportInput } from "@/lib/domain/plan-review/import-input";
import {
  acceptSuggestion, ancestorIds, dismissSuggestion, firstPendingSuggestion, pendingSuggestionCount, setNodeTags, settleAllSuggestions, withSuggestions,
} from "@/lib/domain/plan-review/review-tags";
import { findNode, flattenReview, toReviewTree, type TReviewNode } from "@/lib/domain/plan-review/review-tree";
import { CATALOGUE } from "./indicator-catalogue";
import { readFixture } from "./plan-import/fixtures";

const REPORT = parsePlanDocument(readFixture("liangyuan-2021-report.txt"), { year: 2022 });
const tree = () => {
  let n = 0;
  return withSuggestions(toReviewTree(REPORT, () => `n${++n}`), CATALOGUE);
};
const byCode = (nodes: readonly TReviewNode[], code: string) => flattenReview(nodes).find((node) => node.code === code)!;
const suggested = (node: TReviewNode) => node.suggestedIndicators.map((s) => s.code);

describe("indicator tags in the plan import review", () => {
  it("suggests from each node's own text and applies nothing by itself", () => {
    const nodes = tree();
    expect(suggested(byCode(nodes, "五、"))).toEqual(["1211:A2"]);
    expect(suggested(byCode(nodes, "(十二)"))).toEqual(["1211:A1", "1211:B1"]);
    expect(flattenReview(nodes).every((node) => node.indicatorCodes.length === 0)).toBe(true);
    const input = toImportInput({ title: "t", year: 2022, sourceText: "" }, nodes);
    const codes = (list: typeof input.nodes): string[] => list.flatMap((n) => [...(n.indicatorCodes ?? []), ...codes(n.children ?? [])]);
    expect(codes(input.nodes)).toEqual([]);
    expect(pendingSuggestionCount(nodes)).toBeGreaterThanOrEqual(3);
  });

  it("accepting moves a suggestion into the node's tags, dismissing drops it; only accepted tags are sent", () => {
    let nodes = tree();
    const item = byCode(nodes, "(十二)");
    nodes = acceptSuggestion(nodes, item.id, "1211:A1");
    nodes = dismissSuggestion(nodes, item.id, "1211:B1");
    const after = findNode(nodes, item.id)!;
    expect(after.indicatorCodes).toEqual(["1211:A1"]);
    expect(after.suggestedIndicators).toEqual([]);
    const input = toImportInput({ title: "t", year: 2022, sourceText: "" }, nodes);
    const flat = (list: typeof input.nodes): typeof input.nodes => list.flatMap((n) => [n, ...flat(n.children ?? [])]);
    expect(flat(input.nodes).filter((n) => n.indicatorCodes?.length).map((n) => [n.code, n.indicatorCodes])).toEqual([["(十二)", ["1211:A1"]]]);
  });

  it("a reviewer's own pick settles the same suggestion; 全部采纳 and 全部忽略 settle every one", () => {
    let nodes = tree();
    const section = byCode(nodes, "五、");
    nodes = setNodeTags(nodes, section.id, ["1211:A2", "SFZB-2021:1.1"]);
    expect(findNode(nodes, section.id)).toMatchObject({ indicatorCodes: ["1211:A2", "SFZB-2021:1.1"], suggestedIndicators: [] });
    const pending = pendingSuggestionCount(nodes);
    const accepted = settleAllSuggestions(nodes, true);
    expect(pendingSuggestionCount(accepted)).toBe(0);
    expect(flattenReview(accepted).reduce((sum, n) => sum + n.indicatorCodes.length, 0)).toBe(pending + 2);
    const dismissed = settleAllSuggestions(nodes, false);
    expect(pendingSuggestionCount(dismissed)).toBe(0);
    expect(flattenReview(dismissed).reduce((sum, n) => sum + n.indicatorCodes.length, 0)).toBe(2);
    expect(settleAllSuggestions(dismissed, true)).toBe(dismissed);
  });

  it("the first pending suggestion is found in document order, with the rows to unfold on the way to it", () => {
    let nodes = tree();
    const pendingInOrder = () => flattenReview(nodes).filter((node) => node.suggestedIndicators.length > 0);
    expect(firstPendingSuggestion(nodes)).toBe(pendingInOrder()[0]);
    // Settling the first moves the jump on to the next.
    const first = firstPendingSuggestion(nodes)!;
    nodes = first.suggestedIndicators.reduce((list, s) => dismissSuggestion(list, first.id, s.code), nodes);
    expect(firstPendingSuggestion(nodes)?.id).toBe(pendingInOrder()[0]?.id);
    expect(firstPendingSuggestion(nodes)?.id).not.toBe(first.id);
    // The path to a nested node: each row holds the next, the last holds the node.
    const item = byCode(nodes, "(十二)");
    const path = ancestorIds(nodes, item.id).map((id) => findNode(nodes, id)!);
    expect(path.length).toBeGreaterThan(0);
    expect(nodes).toContain(path[0]);
    path.forEach((row, i) => expect(row.children.map((c) => c.id)).toContain(path[i + 1]?.id ?? item.id));
    expect(ancestorIds(nodes, path[0]!.id)).toEqual([]);
    expect(ancestorIds(nodes, "missing")).toEqual([]);
    expect(firstPendingSuggestion(settleAllSuggestions(nodes, false))).toBeUndefined();
  });
});
