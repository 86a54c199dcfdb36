"use client";

import { useCallback, useState } from "react";
import type { TReviewNode } from "@/lib/domain/plan-review/review-tree";

const UNDO_DEPTH = 20;

// Ids only need to be unique on this page (crypto.randomUUID is missing on plain-http intranets).
let lastId = 0;
export const nextReviewId = () => `n${++lastId}`;

/**
 * The tree under review, with an undo stack for the changes that are easy to
 * regret (drop, merge, split, bulk assignment); typing in a title is not one.
 */
export function useReviewTree(initial: () => TReviewNode[]) {
  const [state, setState] = useState(() => ({ nodes: initial(), undo: [] as TReviewNode[][] }));
  const change = useCallback((transform: (nodes: TReviewNode[]) => TReviewNode[], undoable = true) => {
    setState((current) => {
      const nodes = transform(current.nodes);
      if (nodes === current.nodes) return current;
      return { nodes, undo: undoable ? [...current.undo.slice(1 - UNDO_DEPTH), current.nodes] : current.undo };
    });
  }, []);
  const undo = useCallback(() => {
    setState((current) => {
      const previous = current.undo[current.undo.length - 1];
      return previous ? { nodes: previous, undo: current.undo.slice(0, -1) } : current;
    });
  }, []);
  return { nodes: state.nodes, canUndo: state.undo.length > 0, change, undo };
}
