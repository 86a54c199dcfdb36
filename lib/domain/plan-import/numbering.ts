/**
 * Chinese numerals and the numbering markers that open a line. All recognisers take folded
 * text (see normalize.ts), so "（一）" arrives as "(一)" and "１．" as "1.".
 */

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, "○": 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export const CHINESE_NUMERAL_CHARS = "一二三四五六七八九十";

/** 一 … 九十九 as counting numbers; null for anything else (一一, 十十, 百). */
export function parseChineseNumber(numeral: string): number | null {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(numeral);
  if (!match || numeral === "") return null;
  const [, tensOrUnit, ten, unitAfterTen] = match;
  if (!ten) return unitAfterTen ? null : (DIGIT_VALUES[tensOrUnit ?? ""] ?? null);
  const tens = tensOrUnit ? (DIGIT_VALUES[tensOrUnit] ?? 0) : 1;
  const units = unitAfterTen ? (DIGIT_VALUES[unitAfterTen] ?? 0) : 0;
  return tens * 10 + units;
}

/** Digit-by-digit numerals as used for years: 二〇二二 → 2022. */
export function parseChineseDigitString(digits: string): number | null {
  if (digits === "") return null;
  let value = 0;
  for (const char of digits) {
    const digit = DIGIT_VALUES[char];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** Arabic or Chinese counting number (6 or 六, 21 or 二十一). */
export function parseAnyNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return parseChineseNumber(text);
}

export type TMarkerLevel = "section" | "item" | "measure";

/** Measure styles nest by order of first appearance, so each style is told apart. */
export type TMeasureStyle = "digit" | "digit-paren" | "paren-digit" | "circled";

export type TLineMarker = {
  level: TMarkerLevel;
  style: TMeasureStyle | null;
  number: number;
  /** Length of the marker in the (trimmed) line, including its trailing separator. */
  length: number;
};

const CIRCLED_ONE = 0x2460; // ① … ⑳
const PAREN_DIGIT_ONE = 0x2474; // ⑴ … ⒇

type TRecogniser = {
  pattern: RegExp;
  level: TMarkerLevel;
  style: TMeasureStyle | null;
  toNumber: (captured: string) => number | null;
};

const fromCodePoint = (first: number) => (captured: string) => captured.charCodeAt(0) - first + 1;

/** Order matters: "(一)" is tried before "(1)", "1." before "1)". */
const RECOGNISERS: readonly TRecogniser[] = [
  // "一、2022年工作情况": a year may follow "、"; only "一.5" (a decimal-looking run) is refused.
  { pattern: /^([一二三四五六七八九十]{1,3})\s*(?:、|\.(?!\d))\s*/, level: "section", style: null, toNumber: parseChineseNumber },
  { pattern: /^\(\s*([一二三四五六七八九十]{1,3})\s*\)\s*[、.]?\s*/, level: "item", style: null, toNumber: parseChineseNumber },
  { pattern: /^\(\s*(\d{1,2})\s*\)\s*[、.]?\s*/, level: "measure", style: "paren-digit", toNumber: Number },
  { pattern: /^([\u2474-\u2487])\s*[、.]?\s*/, level: "measure", style: "paren-digit", toNumber: fromCodePoint(PAREN_DIGIT_ONE) },
  { pattern: /^(\d{1,2})\s*[.、](?!\d)\s*/, level: "measure", style: "digit", toNumber: Number },
  { pattern: /^(\d{1,2})\s*\)\s*/, level: "measure", style: "digit-paren", toNumber: Number },
  { pattern: /^([\u2460-\u2473])\s*[、.]?\s*/, level: "measure", style: "circled", toNumber: fromCodePoint(CIRCLED_ONE) },
];

/** Recognises the numbering marker at the start of a trimmed, folded line. */
export function matchLineMarker(folded: string): TLineMarker | null {
  for (const recogniser of RECOGNISERS) {
    const match = recogniser.pattern.exec(folded);
    const captured = match?.[1];
    if (!match || captured === undefined) continue;
    const number = recogniser.toNumber(captured);
    if (number === null || number < 1) continue;
    return { level: recogniser.level, style: recogniser.style, number, length: match[0].length };
  }
  return null;
}
