import type { TCatalogueIndicator } from "@/lib/domain/indicator-tags/codes";
import { suggestIndicators } from "@/lib/domain/indicator-tags/suggest";
import { flattenReview, updateNode, type TReviewNode } from "./review-tree";

/**
 * Indicator tags under review. The parser's text suggests tags
 * (`suggestedIndicators`); only the reviewer moves one into `indicatorCodes`,
 * which is all the import writes. Nothing is applied without that step, and
 * the import waits until every suggestion is accepted or dismissed.
 */

const textOf = (node: TReviewNode) => `${node.code}${node.title}\n${node.body}`;

/** Fills every node's suggestions from its own text (codes already chosen are not suggested again). */
export function withSuggestions(nodes: TReviewNode[], catalogue: readonly TCatalogueIndicator[]): TReviewNode[] {
  if (catalogue.length === 0) return nodes;
  const fill = (list: TReviewNode[]): TReviewNode[] =>
    list.map((node) => ({
      ...node,
      suggestedIndicators: suggestIndicators(textOf(node), catalogue, { exclude: node.indicatorCodes }),
      children: fill(node.children),
    }));
  return fill(nodes);
}

const patch = (nodes: TReviewNode[], id: string, change: (node: TReviewNode) => Partial<TReviewNode>) => {
  const node = flattenReview(nodes).find((n) => n.id === id);
  return node ? updateNode(nodes, id, change(node)) : nodes;
};

export function acceptSuggestion(nodes: TReviewNode[], id: string, code: string): TReviewNode[] {
  return patch(nodes, id, (node) => ({
    indicatorCodes: node.indicatorCodes.includes(code) ? node.indicatorCodes : [...node.indicatorCodes, code],
    suggestedIndicators: node.suggestedIndicators.filter((s) => s.code !== code),
  }));
}

export function dismissSuggestion(nodes: TReviewNode[], id: string, code: string): TReviewNode[] {
  return patch(nodes, id, (node) => ({ suggestedIndicators: node.suggestedIndicators.filter((s) => s.code !== code) }));
}

/** The reviewer's own choice of tags for a node (a picked code is no longer a pending suggestion). */
export function setNodeTags(nodes: TReviewNode[], id: string, codes: string[]): TReviewNode[] {
  return patch(nodes, id, (node) => ({
    indicatorCodes: [...new Set(codes)],
    suggestedIndicators: node.suggestedIndicators.filter((s) => !codes.includes(s.code)),
  }));
}

/** 全部采纳 / 全部忽略: every pending suggestion of the tree at once. */
export function settleAllSuggestions(nodes: TReviewNode[], accept: boolean): TReviewNode[] {
  // Untouched lists keep their identity (so memoised rows do not re-render).
  const settle = (list: TReviewNode[]): TReviewNode[] => {
    const next = list.map((node) => {
      const children = settle(node.children);
      if (node.suggestedIndicators.length === 0 && children === node.children) return node;
      const accepted = accept ? node.suggestedIndicators.map((s) => s.code).filter((code) => !node.indicatorCodes.includes(code)) : [];
      return { ...node, indicatorCodes: [...node.indicatorCodes, ...accepted], suggestedIndicators: [], children };
    });
    return next.some((node, i) => node !== list[i]) ? next : list;
  };
  return settle(nodes);
}

export function pendingSuggestionCount(nodes: readonly TReviewNode[]): number {
  return flattenReview(nodes).reduce((sum, node) => sum + node.suggestedIndicators.length, 0);
}

/** The first node, in document order, with a suggestion still waiting: where 创建 sends the reviewer. */
export function firstPendingSuggestion(nodes: readonly TReviewNode[]): TReviewNode | undefined {
  return flattenReview(nodes).find((node) => node.suggestedIndicators.length > 0);
}

/** The ids of the rows above `id`, outermost first (to unfold them before jumping to it); [] at the top or when absent. */
export function ancestorIds(nodes: readonly TReviewNode[], id: string): string[] {
  for (const node of nodes) {
    if (node.id === id) return [];
    const below = ancestorIds(node.children, id);
    if (below.length > 0 || node.children.some((child) => child.id === id)) return [node.id, ...below];
  }
  return [];
}
