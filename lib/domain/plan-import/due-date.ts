import { YEAR_PATTERN, lastDayOfMonth, parseYear, toIsoDate } from "./dates";
import { parseAnyNumber } from "./numbering";

/**
 * Due dates from a 完成时限 / 时间节点 value. Phrases without a year use the plan year; when the
 * plan year is unknown they give no date rather than a guessed one. A value naming several dates
 * ("3月底前制定方案,6月底前完成") is due on the latest. 长期坚持 / 持续推进 and other phrases with
 * no date give null.
 */

const SMALL_NUMBER = "\\d{1,2}|[一二三四五六七八九十]{1,3}";
const OPTIONAL_YEAR = `(?:${YEAR_PATTERN}\\s*年\\s*)?`;

type TCandidateRule = {
  pattern: RegExp;
  /** Receives the regex groups after the optional year; returns [month, day] or null. */
  toMonthDay: (groups: readonly (string | undefined)[], year: number) => [number, number] | null;
};

/** 上旬 and 中旬 end on the 10th and 20th; 下旬, 底 and 末 at the month's end. */
const PART_OF_MONTH_LAST_DAY: Readonly<Record<string, number>> = { 上旬: 10, 中旬: 20 };

const RULES: readonly TCandidateRule[] = [
  {
    // 6月底前, 6月30日前, 六月中旬, 2022年12月
    pattern: new RegExp(
      `${OPTIONAL_YEAR}(${SMALL_NUMBER})\\s*月份?\\s*(?:(${SMALL_NUMBER})\\s*[日号]|(底|末|上旬|中旬|下旬))?`,
      "g",
    ),
    toMonthDay: ([monthText, dayText, partOfMonth], year) => {
      const month = parseAnyNumber(monthText ?? "");
      if (month === null || month < 1 || month > 12) return null;
      if (dayText !== undefined) {
        const day = parseAnyNumber(dayText);
        return day === null ? null : [month, day];
      }
      return [month, PART_OF_MONTH_LAST_DAY[partOfMonth ?? ""] ?? lastDayOfMonth(year, month)];
    },
  },
  {
    // 2022.6.30, 2022-06-30, 2022/6/30: the year is written, so the optional-year group holds it.
    pattern: /(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})(?!\d)/g,
    toMonthDay: ([monthText, dayText]) => [Number(monthText), Number(dayText)],
  },
  {
    // 年底前, 年内, 2022年底
    pattern: new RegExp(`(?:${YEAR_PATTERN}\\s*)?年\\s*(?:底|末|内)`, "g"),
    toMonthDay: () => [12, 31],
  },
  {
    // 上半年 → 6月30日, 下半年 → 12月31日
    pattern: new RegExp(`${OPTIONAL_YEAR}(上|下)半年`, "g"),
    toMonthDay: ([half]) => (half === "上" ? [6, 30] : [12, 31]),
  },
  {
    // 第三季度, 二季度末
    pattern: new RegExp(`${OPTIONAL_YEAR}第?([一二三四1-4])季度`, "g"),
    toMonthDay: ([quarterText], year) => {
      const quarter = parseAnyNumber(quarterText ?? "");
      if (quarter === null) return null;
      const month = quarter * 3;
      return [month, lastDayOfMonth(year, month)];
    },
  },
  {
    // A bare year such as "2023年完成" means by the end of that year.
    pattern: new RegExp(
      `${YEAR_PATTERN}\\s*年(?!\\s*(?:\\d|[一二三四五六七八九十]|底|末|内|上半|下半|第|季))`,
      "g",
    ),
    toMonthDay: () => [12, 31],
  },
];

export function parseDueDate(folded: string, planYear: number | null): string | null {
  let latest: string | null = null;
  for (const rule of RULES) {
    for (const match of folded.matchAll(rule.pattern)) {
      const explicitYear = match[1] === undefined ? null : parseYear(match[1]);
      const year = explicitYear ?? planYear;
      if (year === null) continue;
      const monthDay = rule.toMonthDay(match.slice(2), year);
      const iso = monthDay ? toIsoDate(year, monthDay[0], monthDay[1]) : null;
      if (iso !== null && (latest === null || iso > latest)) latest = iso;
    }
  }
  return latest;
}
