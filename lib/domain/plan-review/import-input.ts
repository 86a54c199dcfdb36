import type { TGoalKind } from "@/lib/domain/codes";
import type { TImportNodeInput, TImportPlanInput } from "@/lib/validation/imports";
import { flattenReview, type TReviewNode } from "./review-tree";

export type TReviewCounts = Record<TGoalKind, number> & { tasks: number; problems: number; goalsOnly: number; total: number };

/** Counts per level, and what the import will create. */
export function countReview(nodes: readonly TReviewNode[]): TReviewCounts {
  const counts: TReviewCounts = { section: 0, group: 0, item: 0, measure: 0, problem: 0, tasks: 0, problems: 0, goalsOnly: 0, total: 0 };
  for (const node of flattenReview(nodes)) {
    counts[node.kind]++;
    counts.total++;
    if (node.choice === "goal") counts.goalsOnly++;
    else counts.tasks++;
    if (node.choice === "problem") counts.problems++;
  }
  return counts;
}

function toInputNode(node: TReviewNode): TImportNodeInput {
  return {
    kind: node.kind,
    code: node.code,
    title: node.title,
    body: node.body,
    lines: node.lines,
    choice: node.choice,
    leadDepartmentId: node.leadDepartmentId || null,
    coLeadDepartmentIds: node.leadDepartmentId ? node.coLeadDepartmentIds : [],
    cooperatingDepartmentIds: node.cooperatingDepartmentIds,
    dueDate: node.dueDate || null,
    // An indicator's label is its name, else the snippet it was read from.
    indicators: node.indicators.map((indicator) => ({
      name: (indicator.name || indicator.text).slice(0, 100),
      unit: indicator.unit.slice(0, 20),
      value: indicator.value,
    })),
    // Only accepted tags: a suggestion still pending is never sent.
    indicatorCodes: node.indicatorCodes,
    children: node.children.map(toInputNode),
  };
}

/** The import action's input: the plan and the reviewed tree. */
export function toImportInput(plan: { title: string; year: number; sourceText: string }, nodes: readonly TReviewNode[]): TImportPlanInput {
  return { title: plan.title, year: plan.year, sourceText: plan.sourceText, nodes: nodes.map(toInputNode) };
}

export type TNodeError = { nodeId: string; field: string; message: string };

/**
 * Places the import's field errors ("nodes.0.children.2.title": ["tooLong:200"])
 * on the nodes they name; errors about the plan itself keep nodeId "".
 */
export function nodeErrorsOf(nodes: readonly TReviewNode[], fieldErrors: Record<string, string[]>): TNodeError[] {
  return Object.entries(fieldErrors).flatMap(([path, messages]) => {
    const parts = path.split(".");
    let list: readonly TReviewNode[] = nodes;
    let node: TReviewNode | undefined;
    let rest = parts;
    if (parts[0] === "nodes") {
      rest = parts.slice(1);
      while (rest.length > 0 && /^\d+$/.test(rest[0] ?? "")) {
        node = list[Number(rest[0])];
        if (!node) break;
        list = node.children;
        rest = rest[1] === "children" ? rest.slice(2) : rest.slice(1);
      }
    }
    const field = rest.join(".") || "_form";
    return messages.map((message) => ({ nodeId: node?.id ?? "", field, message }));
  });
}
