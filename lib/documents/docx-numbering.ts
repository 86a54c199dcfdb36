import type { Element } from "@xmldom/xmldom";
import { childElements, attr } from "./xml";

/**
 * Word's automatic list numbering (numbering.xml): a paragraph names a list (w:numId) and a
 * level (w:ilvl); the level's format (w:numFmt) and text ("%1、", "（%1）", "%2.") give the marker
 * a reader sees, "一、" or "（一）" or "1.". Counters run per list; a level resets those below it.
 */

type TLevel = { format: string; text: string; start: number };
export type TNumbering = Map<string, Map<number, TLevel>>;

const CHINESE = "一二三四五六七八九十";

function chineseCounting(value: number): string {
  if (value <= 10) return CHINESE[value - 1] ?? String(value);
  if (value >= 100) return String(value);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? "" : (CHINESE[tens - 1] ?? "")}十${units === 0 ? "" : (CHINESE[units - 1] ?? "")}`;
}

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "ideographTraditional":
    case "japaneseCounting":
      return chineseCounting(value);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : String(value);
    case "lowerLetter":
      return String.fromCharCode(0x61 + ((value - 1) % 26));
    case "upperLetter":
      return String.fromCharCode(0x41 + ((value - 1) % 26));
    case "bullet":
    case "none":
      return "";
    default:
      return String(value);
  }
}

export function readNumbering(root: Element | null): TNumbering {
  const numbering: TNumbering = new Map();
  if (!root) return numbering;
  const abstracts = new Map<string, Map<number, TLevel>>();
  for (const abstract of childElements(root, "w:abstractNum")) {
    const levels = new Map<number, TLevel>();
    for (const level of childElements(abstract, "w:lvl")) {
      const child = (name: string) => attr(childElements(level, name)[0], "w:val");
      levels.set(Number(attr(level, "w:ilvl") ?? 0), {
        format: child("w:numFmt") ?? "decimal",
        text: child("w:lvlText") ?? "",
        start: Number(child("w:start") ?? 1),
      });
    }
    abstracts.set(attr(abstract, "w:abstractNumId") ?? "", levels);
  }
  for (const num of childElements(root, "w:num")) {
    const abstractId = attr(childElements(num, "w:abstractNumId")[0], "w:val") ?? "";
    numbering.set(attr(num, "w:numId") ?? "", abstracts.get(abstractId) ?? new Map());
  }
  return numbering;
}

/** Returns the marker for each numbered paragraph in document order. */
export function createNumberer(numbering: TNumbering): (numId: string, level: number) => string {
  const counters = new Map<string, number[]>();
  return (numId, level) => {
    const levels = numbering.get(numId);
    const own = levels?.get(level);
    if (!levels || !own) return "";
    const counts = counters.get(numId) ?? [];
    counts[level] = (counts[level] ?? (own.start - 1)) + 1;
    counts.length = level + 1;
    counters.set(numId, counts);
    return own.text.replace(/%(\d)/g, (_, digit: string) => {
      const shown = Number(digit) - 1;
      const format = levels.get(shown)?.format ?? "decimal";
      return formatNumber(counts[shown] ?? levels.get(shown)?.start ?? 1, format);
    });
  };
}
