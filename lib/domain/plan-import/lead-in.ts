import type { TDraftNode, TDraftSegment } from "./draft-node";
import { sliceSource, trimSource, type TSourceText } from "./normalize";
import { detectShortcomingsParagraph } from "./shortcomings";

/**
 * The paragraph that introduces a restarted list. The builder first put it where plain text
 * goes (the body of the node before), so it is taken back from there — unless it is that node's
 * only text. After a shortcomings paragraph, its closing sentence ("2022年,我区将…") is the
 * lead-in; the line stays with the shortcomings group and only the text moves.
 */

export type TPreviousLine =
  | { type: "plain"; node: TDraftNode; segment: TDraftSegment }
  | { type: "shortcomings"; node: TDraftNode }
  | { type: "other" };

export type TLeadIn = { segment: TDraftSegment | null; text: TSourceText | null };

export function takeLeadIn(previous: TPreviousLine): TLeadIn {
  if (previous.type === "plain") {
    const { node, segment } = previous;
    const others = node.segments.filter((candidate) => candidate !== segment);
    if (others.some((other) => other.text.folded.trim() !== "")) {
      node.segments = others;
      return { segment, text: segment.text };
    }
  }
  if (previous.type === "shortcomings" && previous.node.groupRole?.role === "shortcomings-paragraph") {
    const paragraph = previous.node.segments[0]?.text;
    const outroStart = paragraph ? detectShortcomingsParagraph(paragraph.folded)?.outroStart : null;
    if (paragraph && outroStart !== null && outroStart !== undefined) {
      previous.node.groupRole.isOutroMoved = true;
      return { segment: null, text: trimSource(sliceSource(paragraph, outroStart)) };
    }
  }
  return { segment: null, text: null };
}
