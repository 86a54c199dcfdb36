// Small pieces of official register shared by the templates.

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99; beyond, Arabic digits). */
export function chineseNumber(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}

/** 一是, 二是, … for inline enumerations like the seed's. */
export const ordinalClause = (index: number) => `${chineseNumber(index + 1)}是`;

/** 2026-03-21 → 2026年3月21日. */
export function chineseDay(day: string): string {
  const [y, m, d] = day.split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** A stored numeric ("12.50") as written in a report ("12.5"). */
export function plainNumber(value: string): string {
  const n = Number(value);
  return Number.isFinite(n) ? String(n) : value;
}

/** Ends a sentence with 。 unless it already ends with closing punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/[，,；;：:、]+$/u, "");
  if (!trimmed) return "";
  return /[。！？!?」”』）)】]$/u.test(trimmed) ? trimmed : `${trimmed}。`;
}

const LIST_TITLE_CHARS = 30;

/** A title short enough to quote inside a sentence. */
export const shortTitle = (title: string) => (title.length > LIST_TITLE_CHARS ? `${title.slice(0, LIST_TITLE_CHARS)}…` : title);

/** “甲”“乙”“丙”等3项 — at most `limit` titles quoted (long ones shortened), then the count. */
export function quotedList(titles: readonly string[], limit = 3): string {
  const shown = titles.slice(0, limit).map((t) => `“${shortTitle(t)}”`).join("");
  return titles.length > limit ? `${shown}等${titles.length}项` : shown;
}

/** 甲、乙、丙等5个单位 — at most `limit` names, then the count. */
export function nameList(names: readonly string[], limit = 3, counter = "个单位"): string {
  const shown = names.slice(0, limit).join("、");
  return names.length > limit ? `${shown}等${names.length}${counter}` : shown;
}
