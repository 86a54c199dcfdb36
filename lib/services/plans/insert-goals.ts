import { randomUUID } from "node:crypto";
import type { Tx } from "@/db";
import { goals } from "@/db/schema";
import type { TPlanNode } from "@/lib/domain/plan-import";

type TGoalRow = typeof goals.$inferInsert;

/** Flattens a parsed tree into goal rows (ids chosen here so children can name parents), depth-first in document order. */
export function goalRowsFromTree(planId: string, nodes: readonly TPlanNode[], parentId: string | null = null): TGoalRow[] {
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
      lineFrom: node.lines[0],
      lineTo: node.lines[1],
    };
    return [row, ...goalRowsFromTree(planId, node.children, id)];
  });
}

/** Inserts a plan's goal tree inside the caller's transaction, in batches; returns the rows. */
export async function insertGoals(tx: Tx, planId: string, nodes: readonly TPlanNode[]): Promise<TGoalRow[]> {
  const rows = goalRowsFromTree(planId, nodes);
  for (let i = 0; i < rows.length; i += 500) await tx.insert(goals).values(rows.slice(i, i + 500));
  return rows;
}
