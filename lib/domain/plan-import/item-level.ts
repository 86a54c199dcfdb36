import type { TDraftNode } from "./draft-node";

/**
 * The numbering scheme, decided per document: most 工作要点 and 任务分工方案 number their work
 * items "1." "2." directly under "一、", with no "(一)" level. When a document has no item level
 * at all, the first measure level — the numbered nodes directly under a section, a group or at
 * the top — is its item level: those nodes are the work items, with their annotations.
 * A document that uses "(一)" anywhere keeps "1." as measures everywhere.
 */

function hasItemLevel(nodes: readonly TDraftNode[]): boolean {
  return nodes.some((node) => node.kind === "item" || hasItemLevel(node.children));
}

function promote(nodes: TDraftNode[]): void {
  for (const node of nodes) {
    if (node.kind === "measure" && node.code !== "") node.kind = "item";
  }
}

export function promoteItemLevel(roots: TDraftNode[]): void {
  if (hasItemLevel(roots)) return;
  promote(roots);
  for (const root of roots) {
    if (root.kind === "section" || root.kind === "group") promote(root.children);
  }
}
