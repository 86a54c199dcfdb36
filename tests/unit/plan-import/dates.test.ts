import { describe, expect, it } from "vitest";
import { parseDateLine } from "@/lib/domain/plan-import";
import { parseDueDate } from "@/lib/domain/plan-import/due-date";

describe("parseDateLine", () => {
  it.each([
    ["2022年3月21日", "2022-03-21"],
    ["２０２２年３月２１日", "2022-03-21"],
    ["二〇二二年三月二十一日", "2022-03-21"],
    ["　2022 年 12 月 31 日　", "2022-12-31"],
    ["（2021年11月29日）", "2021-11-29"],
  ])("%s → %s", (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it.each(["2022年2月30日", "2022年3月21日印发", "11月29日", "2022年"])("rejects %j", (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe("parseDueDate", () => {
  it.each([
    ["6月底", "2022-06-30"],
    ["6月底前", "2022-06-30"],
    ["2月底前", "2022-02-28"],
    ["六月底前", "2022-06-30"],
    ["11月30日前", "2022-11-30"],
    ["12月31日前", "2022-12-31"],
    ["年底前", "2022-12-31"],
    ["年内", "2022-12-31"],
    ["3月上旬", "2022-03-10"],
    ["上半年", "2022-06-30"],
    ["三季度末", "2022-09-30"],
    ["2023年6月底前", "2023-06-30"],
    ["2023年底", "2023-12-31"],
    ["3月底前制定方案,9月底前全面实施", "2022-09-30"],
  ])("%s → %s in plan year 2022", (value, iso) => {
    expect(parseDueDate(value, 2022)).toBe(iso);
  });

  it.each(["长期坚持", "持续推进", "常态化开展", "", "2月30日前"])("%j gives no date", (value) => {
    expect(parseDueDate(value, 2022)).toBeNull();
  });

  it("gives no date for a relative phrase when the plan year is unknown, but keeps explicit years", () => {
    expect(parseDueDate("6月底前", null)).toBeNull();
    expect(parseDueDate("2024年3月1日前", null)).toBe("2024-03-01");
  });

  it("knows leap years", () => {
    expect(parseDueDate("2月底前", 2024)).toBe("2024-02-29");
  });
});
