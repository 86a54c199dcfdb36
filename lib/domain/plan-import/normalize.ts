/**
 * Text normalisation that never changes offsets.
 *
 * Chinese documents mix full-width and half-width forms (（）() ：: ，, ．. １1) and indent with
 * full-width spaces. Recognisers work on a *folded* copy in which every full-width ASCII form is
 * half-width and every space-like character is " ". Folding maps one UTF-16 unit to one unit, so
 * an index found in the folded copy is valid in the raw text, and output can quote the author's
 * own characters.
 */

const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_TO_HALF = 0xfee0;

const SPACE_LIKE = new Set([
  0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x200b, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/** Small-form and other parentheses that authors use interchangeably with ( ). */
const EXTRA_FOLDS = new Map<number, string>([
  [0xfe59, "("],
  [0xfe5a, ")"],
  // 〔牵头单位：…〕 and 【责任单位：…】 are brackets like any other for annotations.
  [0x3014, "("],
  [0x3015, ")"],
  [0x3010, "("],
  [0x3011, ")"],
]);

export function foldWidth(text: string): string {
  let folded = "";
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      folded += String.fromCharCode(code - FULL_TO_HALF);
    } else if (SPACE_LIKE.has(code)) {
      folded += " ";
    } else {
      folded += EXTRA_FOLDS.get(code) ?? text.charAt(index);
    }
  }
  return folded;
}

/** A piece of source text with its folded twin; both always have the same length. */
export type TSourceText = { readonly raw: string; readonly folded: string };

export function toSourceText(raw: string): TSourceText {
  return { raw, folded: foldWidth(raw) };
}

export const EMPTY_SOURCE: TSourceText = { raw: "", folded: "" };

export function sliceSource(text: TSourceText, start: number, end = text.raw.length): TSourceText {
  return { raw: text.raw.slice(start, end), folded: text.folded.slice(start, end) };
}

export function trimSource(text: TSourceText): TSourceText {
  const start = text.folded.search(/\S/);
  if (start < 0) return EMPTY_SOURCE;
  let end = text.folded.length;
  // A loop rather than /\s*$/, which is quadratic on long inner runs of spaces.
  while (end > start && /\s/.test(text.folded.charAt(end - 1))) end--;
  return sliceSource(text, start, end);
}

/** Joins pieces with an ASCII separator (folding leaves ASCII unchanged). */
export function joinSource(pieces: readonly TSourceText[], separator: string): TSourceText {
  return {
    raw: pieces.map((piece) => piece.raw).join(separator),
    folded: pieces.map((piece) => piece.folded).join(separator),
  };
}

export type TSpan = { readonly start: number; readonly end: number };

/** Removes non-overlapping spans (in any order) and returns what is left. */
export function removeSpans(text: TSourceText, spans: readonly TSpan[]): TSourceText {
  const ordered = [...spans].sort((left, right) => left.start - right.start);
  const kept: TSourceText[] = [];
  let cursor = 0;
  for (const span of ordered) {
    if (span.start > cursor) kept.push(sliceSource(text, cursor, span.start));
    cursor = Math.max(cursor, span.end);
  }
  kept.push(sliceSource(text, cursor));
  return joinSource(kept, "");
}

export function isBlank(text: TSourceText): boolean {
  return !/\S/.test(text.folded);
}

/** Splits on \r\n, \r and \n; index i holds line number i + 1. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
