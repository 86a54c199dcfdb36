import type { TPlanNodeKind } from "./types";
import type { TSourceText } from "./normalize";

/** The tree as the builder collects it: lines per node, not yet split into title, body, parts. */

/** `continues`: the line goes on the previous one's sentence (a PDF's wrapped line, wrapped-lines.ts). */
export type TDraftSegment = { line: number; text: TSourceText; continues?: boolean };

export type TDraftGroupRole =
  /** Numbering restarted; the lead-in is the paragraph that introduced the new list, if any. */
  | { role: "restart"; leadIn: TSourceText | null }
  /** A paragraph naming shortcomings; its closing sentence may have become the next group's lead-in. */
  | { role: "shortcomings-paragraph"; isOutroMoved: boolean }
  /** An unnumbered heading such as "存在的主要问题" over numbered problems. */
  | { role: "shortcomings-heading" }
  /** An unnumbered heading such as "工作要求" after the numbered parts; what follows is its text. */
  | { role: "heading" };

export type TDraftNode = {
  kind: TPlanNodeKind;
  code: string;
  /** The heading (text after the marker) and the body lines, in order. */
  segments: TDraftSegment[];
  /** Lines that hold only annotations (牵头单位…); they belong to the node but not to its text. */
  annotationLines: TDraftSegment[];
  children: TDraftNode[];
  /** Kind given to parts split out of the node's text by 一是/二是; null: no split. */
  inlineChildKind: "measure" | "problem" | null;
  groupRole: TDraftGroupRole | null;
};

export function createDraftNode(
  fields: Pick<TDraftNode, "kind" | "code" | "segments" | "inlineChildKind" | "groupRole">,
): TDraftNode {
  return { ...fields, annotationLines: [], children: [] };
}
