import type { TNodeError } from "./import-input";

/**
 * The review screen's own state, beside the tree (which has its own undo history in
 * use-review-tree): plan title and year, selection, collapsed rows, the open dialog, lines added
 * from the unparsed list, and the create request's errors. One pure reducer, so every screen
 * rule — a dropped node leaves the selection, errors on nodes unfold the tree, a pending
 * tag suggestion holds the import back — is tested alone.
 */

export type TReviewDialog = { type: "cooperating" | "split"; id: string } | null;

export type TReviewScreen = {
  title: string;
  year: string;
  selected: ReadonlySet<string>;
  collapsed: ReadonlySet<string>;
  dialog: TReviewDialog;
  addedLines: ReadonlySet<number>;
  errors: readonly TNodeError[];
  failure: string | null;
  pending: boolean;
  /** 创建 was pressed while tag suggestions still waited (review-tags.ts): say so until they are settled. */
  suggestionsBlocked: boolean;
};

export type TReviewScreenAction =
  | { type: "title" | "year"; value: string }
  | { type: "toggleSelected" | "toggleCollapsed" | "dropped"; id: string }
  | { type: "select" | "collapse"; ids: ReadonlySet<string> }
  | { type: "openDialog"; dialog: NonNullable<TReviewDialog> }
  | { type: "closeDialog" | "submitStarted" | "submitFinished" }
  | { type: "lineAdded"; line: number }
  /** Unfolds the rows above a node the screen jumps to (a pending suggestion under a folded row). */
  | { type: "reveal"; ids: readonly string[] }
  /** 创建 refused on the page itself: suggestions are pending; `reveal` unfolds the way to the first one. */
  | { type: "blockedBySuggestions"; reveal: readonly string[] }
  /** Errors to show: from the schema before sending, or from the server's refusal. */
  | { type: "refused"; errors: readonly TNodeError[]; failure: string | null };

export function initialReviewScreen(plan: { title: string; year: number }): TReviewScreen {
  return {
    title: plan.title.slice(0, 200),
    year: String(plan.year),
    selected: new Set(),
    collapsed: new Set(),
    dialog: null,
    addedLines: new Set(),
    errors: [],
    failure: null,
    pending: false,
    suggestionsBlocked: false,
  };
}

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

const without = <T>(set: ReadonlySet<T>, values: readonly T[]): ReadonlySet<T> => new Set([...set].filter((value) => !values.includes(value)));

export function reviewScreenReducer(state: TReviewScreen, action: TReviewScreenAction): TReviewScreen {
  switch (action.type) {
    case "title":
      return { ...state, title: action.value };
    case "year":
      return { ...state, year: action.value };
    case "toggleSelected":
      return { ...state, selected: toggled(state.selected, action.id) };
    case "toggleCollapsed":
      return { ...state, collapsed: toggled(state.collapsed, action.id) };
    case "dropped":
      return state.selected.has(action.id) ? { ...state, selected: toggled(state.selected, action.id) } : state;
    case "select":
      return { ...state, selected: action.ids };
    case "collapse":
      return { ...state, collapsed: action.ids };
    case "openDialog":
      return { ...state, dialog: action.dialog };
    case "closeDialog":
      return { ...state, dialog: null };
    case "lineAdded":
      return { ...state, addedLines: new Set([...state.addedLines, action.line]) };
    case "reveal":
      return action.ids.some((id) => state.collapsed.has(id)) ? { ...state, collapsed: without(state.collapsed, action.ids) } : state;
    case "blockedBySuggestions":
      return { ...state, suggestionsBlocked: true, errors: [], failure: null, collapsed: without(state.collapsed, action.reveal) };
    case "submitStarted":
      return { ...state, errors: [], failure: null, pending: true, suggestionsBlocked: false };
    case "submitFinished":
      return { ...state, pending: false };
    case "refused": {
      // An error on a node must be visible: unfold everything rather than guess which rows hide it.
      const onNodes = action.errors.some((error) => error.nodeId !== "");
      return { ...state, errors: action.errors, failure: action.failure, pending: false, collapsed: onNodes ? new Set() : state.collapsed };
    }
  }
}
