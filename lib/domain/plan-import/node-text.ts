import type { TAnnotationBlock } from "./annotations";
import type { TDraftSegment } from "./draft-node";
import { joinSource, removeSpans, sliceSource, type TSourceText, type TSpan } from "./normalize";

/**
 * A node's text as one string (its lines joined by "\n"), with the means to map an offset back
 * to its source line and to cut regions out of it without annotation blocks.
 */

export type TNodeText = {
  text: TSourceText;
  /** Offset at which each segment starts, with its line number; ascending. */
  segmentStarts: readonly { offset: number; line: number }[];
};

export function joinSegments(segments: readonly TDraftSegment[]): TNodeText {
  let offset = 0;
  const pieces: TSourceText[] = [];
  const segmentStarts = segments.map((segment, index) => {
    // A PDF's wrapped line goes on its sentence with no separator (wrapped-lines.ts).
    const separator = index === 0 || segment.continues ? "" : "\n";
    pieces.push({ raw: separator, folded: separator }, segment.text);
    const start = { offset: offset + separator.length, line: segment.line };
    offset = start.offset + segment.text.folded.length;
    return start;
  });
  return { text: joinSource(pieces, ""), segmentStarts };
}

export function lineAt(nodeText: TNodeText, offset: number): number {
  let line = nodeText.segmentStarts[0]?.line ?? 1;
  for (const start of nodeText.segmentStarts) {
    if (start.offset > offset) break;
    line = start.line;
  }
  return line;
}

/** Lines of the first and last non-space characters of a span, or null for a blank span. */
export function lineRangeOf(nodeText: TNodeText, span: TSpan): [number, number] | null {
  const slice = nodeText.text.folded.slice(span.start, span.end);
  const first = slice.search(/\S/);
  if (first < 0) return null;
  let last = slice.length - 1;
  while (last > first && /\s/.test(slice.charAt(last))) last--;
  return [lineAt(nodeText, span.start + first), lineAt(nodeText, span.start + last)];
}

export function blocksStartingIn(blocks: readonly TAnnotationBlock[], span: TSpan): TAnnotationBlock[] {
  return blocks.filter((block) => block.start >= span.start && block.start < span.end);
}

/**
 * The text of a span without the annotation blocks that were fully recognised (those are now
 * departments and dates); blocks with unknown labels stay so that nothing is lost.
 */
export function textWithoutAnnotations(text: TSourceText, span: TSpan, blocks: readonly TAnnotationBlock[]): TSourceText {
  const removable = blocksStartingIn(blocks, span)
    .filter((block) => block.isFullyRecognised)
    .map((block) => ({ start: block.start - span.start, end: Math.min(block.end, span.end) - span.start }));
  return removeSpans(sliceSource(text, span.start, span.end), removable);
}

/** A recognised block that ends the text, with only punctuation after it. */
export function findTrailingBlock(blocks: readonly TAnnotationBlock[], folded: string): TAnnotationBlock | null {
  const last = blocks[blocks.length - 1];
  if (!last || !last.isFullyRecognised) return null;
  return /^[\s。.;,]*$/.test(folded.slice(last.end)) ? last : null;
}
