import type { TParsedPlan, TPlanNode } from "@/lib/domain/plan-import";
import { flatten } from "./fixtures";

/** What a document yields, counted: the figures a reader checks against the document by eye. */
export type TCorpusSummary = {
  sections: number;
  items: number;
  measures: number;
  problems: number;
  groups: number;
  /** Distinct department names as written, and how many of them matched a known department. */
  departments: number;
  matched: number;
  /** Nodes with several lead departments. */
  coLed: number;
  dates: number;
  unparsed: number;
};

const refsOf = (node: TPlanNode) => [...node.leadDepartments, ...node.cooperatingDepartments];

export function summarise(plan: TParsedPlan): TCorpusSummary {
  const nodes = flatten(plan.nodes);
  const count = (kind: TPlanNode["kind"]) => nodes.filter((node) => node.kind === kind).length;
  const refs = nodes.flatMap(refsOf);
  const names = new Map(refs.map((ref) => [ref.sourceName, ref.id]));
  return {
    sections: count("section"),
    items: count("item"),
    measures: count("measure"),
    problems: count("problem"),
    groups: count("group"),
    departments: names.size,
    matched: [...names.values()].filter((id) => id !== null).length,
    coLed: nodes.filter((node) => node.leadDepartments.length > 1).length,
    dates: nodes.filter((node) => node.dueDate !== null).length,
    unparsed: plan.unparsed.length,
  };
}
