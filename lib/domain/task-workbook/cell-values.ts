import { isIsoDate } from "@/lib/domain/calendar";

/** A cell as the importer sees it: rich text, formulas and links are reduced to their value first. */
export type TCellValue = string | number | boolean | Date | null;

export function cellText(value: TCellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : excelDateToDay(value);
  return String(value).trim();
}

export function isBlank(value: TCellValue): boolean {
  return cellText(value) === "";
}

/**
 * Excel stores a date as a day count without a time zone; exceljs hands it
 * over as that day's midnight in UTC. Reading the UTC fields gives the day
 * that was typed, whatever the server's own zone (a time of day is dropped).
 */
export function excelDateToDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The reverse: a calendar day as the Date exceljs writes as a date cell. */
export function dayToExcelDate(day: string): Date {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))));
}

const DAY_PATTERNS = [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/];

/** Typed dates: 2026-06-30, 2026/6/30, 2026.6.30, 2026年6月30日; null for anything else or a day that does not exist. */
export function parseDayText(text: string): string | null {
  const trimmed = text.trim();
  for (const pattern of DAY_PATTERNS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const day = `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
    return isIsoDate(day) ? day : null;
  }
  return null;
}

/** A date cell: "" when blank, the day, or null when it is not a date (a number, words, 2026-02-30). */
export function cellDay(value: TCellValue): string | null {
  if (value === null) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : excelDateToDay(value);
  if (typeof value !== "string") return null;
  return value.trim() === "" ? "" : parseDayText(value);
}

export type TMilestoneCell = { title: string; dueDate: string | null; dateText: string | null };

const TRAILING_DATE = /^(.*?)[\s：:]*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日?)$/;

/**
 * 节点: one per line (or separated by ；), each a title with an optional
 * date at its end: "完成调研 2026-06-30". `dateText` is kept when the date
 * does not exist, so that the row can be refused with what was written.
 */
export function parseMilestones(text: string): TMilestoneCell[] {
  return text
    .split(/[\n\r；;]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = TRAILING_DATE.exec(part);
      if (!match || !match[1]!.trim()) return { title: part, dueDate: null, dateText: null };
      return { title: match[1]!.trim(), dueDate: parseDayText(match[2]!), dateText: match[2]! };
    });
}
