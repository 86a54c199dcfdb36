import { sliceSource, trimSource, type TSourceText } from "./normalize";

/**
 * Title and body of a node's own text. The title is the first sentence; a first line without a
 * sentence end is a heading (title) whose body follows on the next lines. A long first line with
 * no sentence end at all is cut at its first clause so that titles stay readable.
 */

/** Items end their first sentence at 。 (and ! ?); measures and problems also at ;. */
export const ITEM_SENTENCE_END = /[。!?]/;
export const MEASURE_SENTENCE_END = /[。!?;]/;

/** A heading line longer than this is treated as a run-on paragraph, not a heading. */
export const HEADING_MAX_LENGTH = 60;
const MIN_CLAUSE_TITLE_LENGTH = 4;

const TRAILING_PUNCTUATION = /[\s。.;,:!?、]/;

function trimTrailingPunctuation(text: TSourceText): TSourceText {
  let end = text.folded.length;
  while (end > 0 && TRAILING_PUNCTUATION.test(text.folded.charAt(end - 1))) end--;
  return sliceSource(text, 0, end);
}

export type TTitleAndBody = { title: TSourceText; body: TSourceText };

export function splitTitleAndBody(text: TSourceText, sentenceEnd: RegExp): TTitleAndBody {
  const trimmed = trimSource(text);
  const newline = trimmed.folded.indexOf("\n");
  const firstLineEnd = newline < 0 ? trimmed.folded.length : newline;
  const firstLine = trimmed.folded.slice(0, firstLineEnd);
  const sentenceEndIndex = firstLine.search(sentenceEnd);
  let titleEnd = firstLineEnd;
  let bodyStart = firstLineEnd;
  if (sentenceEndIndex >= 0) {
    titleEnd = sentenceEndIndex;
    bodyStart = sentenceEndIndex + 1;
  } else if (firstLine.length > HEADING_MAX_LENGTH) {
    const clauseEnd = firstLine.search(/[;:,]/);
    if (clauseEnd >= MIN_CLAUSE_TITLE_LENGTH) {
      titleEnd = clauseEnd;
      bodyStart = clauseEnd + 1;
    }
  }
  return {
    title: trimTrailingPunctuation(sliceSource(trimmed, 0, titleEnd)),
    body: trimSource(sliceSource(trimmed, bodyStart)),
  };
}

/** A heading: one line, no sentence end, not too long ("(一)加强组织领导"). */
export function isHeadingOnly(text: TSourceText): boolean {
  const folded = text.folded.trim();
  return !folded.includes("\n") && !ITEM_SENTENCE_END.test(folded) && folded.length <= HEADING_MAX_LENGTH;
}
