import { YEAR_PATTERN } from "./dates";
import { parseChineseNumber } from "./numbering";

/**
 * Inline enumerations "一是…二是…三是…" inside a paragraph. A marker counts only right after a
 * sentence or clause boundary (so "统一是" or "之一是" never split) and only in sequence 一, 二,
 * 三 …; at least two parts are needed. Offsets refer to the folded text given.
 */

const ORDINAL_MARKER = /([一二三四五六七八九十]{1,3})是/g;
const BOUNDARY_BEFORE_MARKER = /[。;,:!?\s)"”’、]/;
/** A sentence that opens like this after the last part closes the list (e.g. next year's plan). */
const OUTRO_OPENER = new RegExp(
  `^\\s*(?:${YEAR_PATTERN}\\s*年|下一步|下步|今后|接下来|为此|对此|针对(?:上述|以上|这些))`,
);

export type TInlinePart = {
  /** The marker as found, e.g. "二是"; `start` is its offset. */
  marker: string;
  start: number;
  /** Offset just after the marker, where the part's own text starts. */
  textStart: number;
  end: number;
};

export type TInlineSplit = {
  parts: TInlinePart[];
  /** Offset of text after the last part that closes the list, or null when the last part runs to the end. */
  outroStart: number | null;
};

function findOutroStart(folded: string, from: number): number | null {
  for (const sentenceEnd of folded.slice(from).matchAll(/[。!?]/g)) {
    const afterSentence = from + sentenceEnd.index + 1;
    if (OUTRO_OPENER.test(folded.slice(afterSentence, afterSentence + 12))) return afterSentence;
  }
  return null;
}

export function splitInlineParts(folded: string): TInlineSplit | null {
  const starts: { marker: string; start: number }[] = [];
  for (const match of folded.matchAll(ORDINAL_MARKER)) {
    const isAtBoundary = match.index === 0 || BOUNDARY_BEFORE_MARKER.test(folded.charAt(match.index - 1));
    if (isAtBoundary && parseChineseNumber(match[1] ?? "") === starts.length + 1) {
      starts.push({ marker: match[0], start: match.index });
    }
  }
  if (starts.length < 2) return null;
  const last = starts[starts.length - 1];
  const outroStart = last ? findOutroStart(folded, last.start + last.marker.length) : null;
  const parts = starts.map(({ marker, start }, index) => ({
    marker,
    start,
    textStart: start + marker.length,
    end: starts[index + 1]?.start ?? outroStart ?? folded.length,
  }));
  return { parts, outroStart };
}
