import { randomUUID } from "node:crypto";
import type { Tx } from "@/db";
import { goals } from "@/db/schema";
import type { TDemonstrationCategory, TGoalKind, TGoalTrack } from "@/lib/domain/codes";

type TGoalRow = typeof goals.$inferInsert & { id: string };

/** What a goal is made from: a parsed node (TPlanNode) or a reviewed one. */
export type TGoalSource = {
  kind: TGoalKind;
  code: string;
  title: string;
  body: string;
  lines: readonly [number, number] | null;
  /** 示范创建 (ADR 020): kept when a rollover copies the goal tree; an import leaves it ordinary. */
  track?: TGoalTrack;
  demonstrationCategory?: TDemonstrationCategory | null;
  children: readonly TGoalSource[];
};

/**
 * Flattens a tree into goal rows (ids chosen here so children can name
 * parents), depth-first in document order: row i is the i-th node of a
 * pre-order walk, which callers use to link tasks to their goals.
 */
export function goalRowsFromTree(planId: string, nodes: readonly TGoalSource[], parentId: string | null = null): TGoalRow[] {
  return nodes.flatMap((node, index) => {
    const id = randomUUID();
    const row: TGoalRow = {
      id,
      planId,
      parentId,
      kind: node.kind,
      code: node.code,
      title: node.title,
      body: node.body,
      sortOrder: index,
      lineFrom: node.lines?.[0] ?? null,
      lineTo: node.lines?.[1] ?? null,
      track: node.track ?? "ordinary",
      demonstrationCategory: node.demonstrationCategory ?? null,
    };
    return [row, ...goalRowsFromTree(planId, node.children, id)];
  });
}

/** Inserts a plan's goal tree inside the caller's transaction, in batches; returns the rows in pre-order. */
export async function insertGoals(tx: Tx, planId: string, nodes: readonly TGoalSource[]): Promise<TGoalRow[]> {
  const rows = goalRowsFromTree(planId, nodes);
  for (let i = 0; i < rows.length; i += 500) await tx.insert(goals).values(rows.slice(i, i + 500));
  return rows;
}
