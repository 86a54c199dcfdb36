import type { TDraftNode } from "./draft-node";
import type { TMeasureStyle } from "./numbering";
import { isHeadingOnly } from "./sentences";

/** The builder's stack of open nodes: which node a new numbered line may go under. */

export const LEVEL_RANK = { section: 1, item: 2, measure: 3 } as const;
export const ACCEPTS_NO_NUMBERED_CHILD = Number.POSITIVE_INFINITY;

export type TOpenNode = {
  node: TDraftNode;
  /** group 0, section 1, item 2, measure 3 + depth. */
  rank: number;
  /** For groups: the highest level (lowest rank) of numbered line they may contain. */
  lowestChildLevel: number;
  measureStyle: TMeasureStyle | null;
  /** Inside a shortcomings heading or section: items, measures and parts are problems. */
  isProblemScope: boolean;
};

/**
 * Depth of a measure: a style already open is a sibling at that depth; a new style nests one
 * deeper than the deepest open measure, as "（1）" under "1." and "①" under "（1）".
 */
export function measureDepth(stack: readonly TOpenNode[], style: TMeasureStyle | null): number {
  const sameStyle = [...stack].reverse().find((open) => open.rank >= LEVEL_RANK.measure && open.measureStyle === style);
  if (sameStyle) return sameStyle.rank - LEVEL_RANK.measure;
  const top = stack[stack.length - 1];
  return top && top.rank >= LEVEL_RANK.measure ? top.rank - LEVEL_RANK.measure + 1 : 0;
}

/** Pops the nodes that cannot hold a numbered line of this level and rank. */
export function closeNodesThatCannotHold(stack: TOpenNode[], levelRank: number, rank: number): void {
  for (let top = stack[stack.length - 1]; top; top = stack[stack.length - 1]) {
    const canHold = top.rank === 0 ? levelRank >= top.lowestChildLevel : top.rank < rank;
    if (canHold) return;
    stack.pop();
  }
}

/** A heading still waiting for its body ("(一)加强组织领导" with nothing under it yet). */
export function awaitsBody(node: TDraftNode): boolean {
  const [heading] = node.segments;
  const isHeadingNode = node.groupRole === null || node.groupRole.role === "shortcomings-heading" || node.groupRole.role === "heading";
  return isHeadingNode && node.segments.length === 1 && node.children.length === 0 &&
    heading !== undefined && isHeadingOnly(heading.text);
}
