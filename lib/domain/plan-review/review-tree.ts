import type { TGoalKind } from "@/lib/domain/codes";
import type { TIndicatorSuggestion } from "@/lib/domain/indicator-tags/suggest";
import type { TDepartmentRef, TIndicator, TParsedPlan, TPlanNode } from "@/lib/domain/plan-import";
import type { TImportChoice } from "@/lib/validation/imports";

/**
 * The goal tree as the supervisor reviews it before the import: parsed nodes
 * with a choice (task, problem or goal only) and an assignment each. Pure
 * functions; every change returns a new tree and keeps untouched nodes (so a
 * memoised row re-renders only when its own node changed).
 */
export type TReviewNode = {
  /** Stable within one review, for keys, selection and error messages. */
  id: string;
  kind: TGoalKind;
  code: string;
  title: string;
  body: string;
  lines: [number, number] | null;
  indicators: TIndicator[];
  /** Indicator tags (qualified codes) the reviewer chose; suggestions wait beside them (review-tags.ts). */
  indicatorCodes: string[];
  suggestedIndicators: TIndicatorSuggestion[];
  choice: TImportChoice;
  /** "" for none, as form controls hold it. */
  leadDepartmentId: string;
  /** Joint leads (共同牵头) the document named beside the lead; the task keeps them as co-leads. */
  coLeadDepartmentIds: string[];
  cooperatingDepartmentIds: string[];
  dueDate: string;
  /** What the document's annotation named, shown for review; an id of null matched no department. */
  named: { leads: TDepartmentRef[]; cooperating: TDepartmentRef[] };
  children: TReviewNode[];
};

export type TAssignment = Pick<TReviewNode, "leadDepartmentId" | "coLeadDepartmentIds" | "cooperatingDepartmentIds" | "dueDate">;

const WORK_KINDS: readonly TGoalKind[] = ["item", "measure", "problem"];

/**
 * The sensible first choice: a problem is a rectification goal with a task;
 * an item or measure is a task, unless it holds items, measures or problems
 * of its own (they become the tasks, so the work is not counted twice);
 * sections and groups are goals only.
 */
export function defaultChoice(node: Pick<TPlanNode, "kind" | "children">): TImportChoice {
  if (!WORK_KINDS.includes(node.kind)) return "goal";
  if (node.children.some((child) => WORK_KINDS.includes(child.kind))) return "goal";
  return node.kind === "problem" ? "problem" : "task";
}

const matchedIds = (refs: readonly TDepartmentRef[]) => refs.flatMap((ref) => (ref.id ? [ref.id] : []));

/** The first matched lead leads; the other matched leads are co-leads; unmatched names wait in `named`. */
function ownAssignment(node: TPlanNode): TAssignment | null {
  if (node.leadDepartments.length === 0 && node.cooperatingDepartments.length === 0 && !node.dueDate) return null;
  const [leadDepartmentId = "", ...coLeads] = [...new Set(matchedIds(node.leadDepartments))];
  return {
    leadDepartmentId,
    coLeadDepartmentIds: coLeads,
    cooperatingDepartmentIds: matchedIds(node.cooperatingDepartments).filter((id) => id !== leadDepartmentId && !coLeads.includes(id)),
    dueDate: node.dueDate ?? "",
  };
}

const EMPTY: TAssignment = { leadDepartmentId: "", coLeadDepartmentIds: [], cooperatingDepartmentIds: [], dueDate: "" };

/**
 * Review nodes from the parser's tree. A node without an annotation of its
 * own takes its nearest annotated ancestor's departments and date (an item's
 * "(牵头单位：…)" covers its measures). Names that match no department are
 * kept in `named` for review and never guessed.
 */
export function toReviewTree(parsed: Pick<TParsedPlan, "nodes">, nextId: () => string): TReviewNode[] {
  const convert = (node: TPlanNode, inherited: TAssignment): TReviewNode => {
    const assignment = ownAssignment(node) ?? inherited;
    return {
      id: nextId(),
      kind: node.kind,
      code: node.code,
      title: node.title,
      body: node.body,
      lines: [node.lines[0], node.lines[1]],
      indicators: node.indicators,
      indicatorCodes: [],
      suggestedIndicators: [],
      choice: defaultChoice(node),
      ...assignment,
      named: { leads: node.leadDepartments, cooperating: node.cooperatingDepartments },
      children: node.children.map((child) => convert(child, assignment)),
    };
  };
  return parsed.nodes.map((node) => convert(node, EMPTY));
}

/** Every node, depth-first in document order. */
export function flattenReview(nodes: readonly TReviewNode[]): TReviewNode[] {
  return nodes.flatMap((node) => [node, ...flattenReview(node.children)]);
}

/** Applies `change` to the siblings list that holds `id` (top level included); unchanged lists keep their identity. */
function mapSiblings(nodes: TReviewNode[], id: string, change: (siblings: TReviewNode[], index: number) => TReviewNode[]): TReviewNode[] {
  const index = nodes.findIndex((node) => node.id === id);
  if (index >= 0) return change(nodes, index);
  let changed = false;
  const next = nodes.map((node) => {
    const children = mapSiblings(node.children, id, change);
    if (children === node.children) return node;
    changed = true;
    return { ...node, children };
  });
  return changed ? next : nodes;
}

export function updateNode(nodes: TReviewNode[], id: string, patch: Partial<Omit<TReviewNode, "id" | "children">>): TReviewNode[] {
  return mapSiblings(nodes, id, (siblings, index) => siblings.map((node, i) => (i === index ? withoutLeadCooperating({ ...node, ...patch }) : node)));
}

/** The lead never also cooperates (the task form refuses that). */
/** The lead is neither a co-lead nor cooperating; a co-lead is not also cooperating; no lead, no co-leads. */
function withoutLeadCooperating(node: TReviewNode): TReviewNode {
  const lead = node.leadDepartmentId;
  const coLeads = lead ? node.coLeadDepartmentIds.filter((id) => id !== lead) : [];
  const cooperating = node.cooperatingDepartmentIds.filter((id) => id !== lead && !coLeads.includes(id));
  const unchanged = coLeads.length === node.coLeadDepartmentIds.length && cooperating.length === node.cooperatingDepartmentIds.length;
  return unchanged ? node : { ...node, coLeadDepartmentIds: coLeads, cooperatingDepartmentIds: cooperating };
}

/** Removes a node with everything under it. */
export function dropNode(nodes: TReviewNode[], id: string): TReviewNode[] {
  return mapSiblings(nodes, id, (siblings, index) => siblings.filter((_, i) => i !== index));
}

export function findNode(nodes: readonly TReviewNode[], id: string): TReviewNode | undefined {
  return flattenReview(nodes).find((node) => node.id === id);
}

/** Whether a node has a previous sibling to merge into. */
export function canMergeIntoPrevious(nodes: readonly TReviewNode[], id: string): boolean {
  if (nodes.findIndex((node) => node.id === id) > 0) return true;
  return nodes.some((node) => canMergeIntoPrevious(node.children, id));
}

const joinText = (...parts: string[]) => parts.filter((part) => part.trim() !== "").join("\n");

function spanOf(a: [number, number] | null, b: [number, number] | null): [number, number] | null {
  if (!a || !b) return a ?? b;
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/**
 * Merges a node into its previous sibling: its numbering, title and body
 * become part of the sibling's body, its children and indicators follow, and
 * the sibling keeps its own assignment where it has one.
 */
export function mergeIntoPrevious(nodes: TReviewNode[], id: string): TReviewNode[] {
  return mapSiblings(nodes, id, (siblings, index) => {
    const previous = siblings[index - 1];
    const node = siblings[index];
    if (!previous || !node) return siblings;
    const merged: TReviewNode = {
      ...previous,
      body: joinText(previous.body, `${node.code}${node.title}${node.title && !/[。！？.!?]$/.test(node.title) ? "。" : ""}`, node.body),
      lines: spanOf(previous.lines, node.lines),
      indicators: [...previous.indicators, ...node.indicators],
      indicatorCodes: [...new Set([...previous.indicatorCodes, ...node.indicatorCodes])],
      leadDepartmentId: previous.leadDepartmentId || node.leadDepartmentId,
      cooperatingDepartmentIds: [...new Set([...previous.cooperatingDepartmentIds, ...node.cooperatingDepartmentIds])],
      dueDate: previous.dueDate || node.dueDate,
      children: [...previous.children, ...node.children],
    };
    return [...siblings.slice(0, index - 1), withoutLeadCooperating(merged), ...siblings.slice(index + 1)];
  });
}

const SENTENCE_END = /[。！？!?]/;

/**
 * Splits a node's body at `at` into two siblings: the node keeps the text
 * before, and a new node after it takes the rest, its first sentence as its
 * title. The new node has the same kind, choice and assignment, and no children.
 */
export function splitNode(nodes: TReviewNode[], id: string, at: number, newId: string): TReviewNode[] {
  return mapSiblings(nodes, id, (siblings, index) => {
    const node = siblings[index];
    if (!node) return siblings;
    const before = node.body.slice(0, at).trim();
    const after = node.body.slice(at).trim();
    if (after === "") return siblings;
    const end = after.search(SENTENCE_END);
    const title = (end < 0 ? after : after.slice(0, end)).trim();
    const body = end < 0 ? "" : after.slice(end + 1).trim();
    const movedIndicators = node.indicators.filter((indicator) => after.includes(indicator.text));
    const second: TReviewNode = {
      ...node,
      id: newId,
      code: "",
      title,
      body,
      indicators: movedIndicators,
      children: [],
    };
    const first: TReviewNode = { ...node, body: before, indicators: node.indicators.filter((indicator) => !movedIndicators.includes(indicator)) };
    return [...siblings.slice(0, index), first, second, ...siblings.slice(index + 1)];
  });
}

/** Sets the given fields on every selected node (fields left undefined stay as they are). */
export function bulkAssign(
  nodes: TReviewNode[],
  ids: ReadonlySet<string>,
  patch: Partial<TAssignment & { choice: TImportChoice }>,
): TReviewNode[] {
  const apply = (list: TReviewNode[]): TReviewNode[] => {
    let changed = false;
    const next = list.map((node) => {
      const children = apply(node.children);
      if (!ids.has(node.id) && children === node.children) return node;
      changed = true;
      return ids.has(node.id) ? withoutLeadCooperating({ ...node, ...patch, children }) : { ...node, children };
    });
    return changed ? next : list;
  };
  return apply(nodes);
}

/** A line the parser could not place, added by the reviewer as a top-level work item. */
export function addUnparsedLine(nodes: TReviewNode[], line: { line: number; text: string }, id: string): TReviewNode[] {
  const node: TReviewNode = {
    id,
    kind: "item",
    code: "",
    title: line.text.trim(),
    body: "",
    lines: [line.line, line.line],
    indicators: [],
    indicatorCodes: [],
    suggestedIndicators: [],
    choice: "task",
    ...EMPTY,
    named: { leads: [], cooperating: [] },
    children: [],
  };
  return [...nodes, node];
}
