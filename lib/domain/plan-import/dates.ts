import { foldWidth } from "./normalize";
import { parseAnyNumber, parseChineseDigitString } from "./numbering";

/** Calendar helpers; no clock is read here; the caller passes anything time-dependent. */

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1900 && year <= 2200 &&
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= lastDayOfMonth(year, month)
  );
}

/** YYYY-MM-DD, or null when the date does not exist. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!isValidDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const CHINESE_YEAR_DIGITS = "[〇○零一二三四五六七八九]{4}";
const SMALL_NUMBER = "\\d{1,2}|[一二三四五六七八九十]{1,3}";

/** A four-digit year written with Arabic or Chinese digits: 2022 or 二〇二二. */
export const YEAR_PATTERN = `(\\d{4}|${CHINESE_YEAR_DIGITS})`;

export function parseYear(text: string): number | null {
  const year = /^\d{4}$/.test(text) ? Number(text) : parseChineseDigitString(text);
  return year !== null && year >= 1900 && year <= 2200 ? year : null;
}

const DATE_LINE = new RegExp(
  `^\\(?\\s*${YEAR_PATTERN}\\s*年\\s*(${SMALL_NUMBER})\\s*月\\s*(${SMALL_NUMBER})\\s*[日号]\\s*\\)?$`,
);

/**
 * A line that is nothing but a date — 2022年3月21日, ２０２２年３月２１日 or
 * 二〇二二年三月二十一日 — as YYYY-MM-DD; null for anything else or an impossible date.
 */
export function parseDateLine(line: string): string | null {
  const match = DATE_LINE.exec(foldWidth(line).trim());
  if (!match) return null;
  const year = parseYear(match[1] ?? "");
  const month = parseAnyNumber(match[2] ?? "");
  const day = parseAnyNumber(match[3] ?? "");
  if (year === null || month === null || day === null) return null;
  return toIsoDate(year, month, day);
}

/** The first year named in a text such as a title: "2022年…工作要点" → 2022. */
export function findFirstYear(folded: string): number | null {
  const match = new RegExp(`${YEAR_PATTERN}\\s*年`).exec(folded);
  return match ? parseYear(match[1] ?? "") : null;
}
