import { describe, expect, it } from "vitest";
import { matchLineMarker, parseChineseDigitString, parseChineseNumber } from "@/lib/domain/plan-import/numbering";

describe("parseChineseNumber", () => {
  it.each([
    ["一", 1], ["九", 9], ["十", 10], ["十一", 11], ["十九", 19], ["二十", 20], ["二十六", 26], ["九十九", 99],
  ])("%s → %i", (numeral, value) => {
    expect(parseChineseNumber(numeral)).toBe(value);
  });

  it.each(["", "一一", "十十", "百", "二十六七", "零"])("rejects %j", (numeral) => {
    expect(parseChineseNumber(numeral)).toBeNull();
  });

  it("reads years digit by digit", () => {
    expect(parseChineseDigitString("二〇二二")).toBe(2022);
    expect(parseChineseDigitString("二○二一")).toBe(2021);
  });
});

describe("matchLineMarker (folded lines)", () => {
  it.each([
    ["一、依法全面履行政府职能", "section", null, 1],
    ["二十六、附则", "section", null, 26],
    ["(一)为推动经济高质量发展", "item", null, 1],
    ["( 二十六 )加强保障", "item", null, 26],
    ["1.推行告知承诺制", "measure", "digit", 1],
    ["12、深化改革", "measure", "digit", 12],
    ["3)开展评价", "measure", "digit-paren", 3],
    ["(2)开展评查", "measure", "paren-digit", 2],
    ["⑴组织培训", "measure", "paren-digit", 1],
    ["③严格执行", "measure", "circled", 3],
  ])("%s", (line, level, style, number) => {
    expect(matchLineMarker(line)).toMatchObject({ level, style, number });
  });

  it.each(["2021年,在市委市政府的正确领导下", "1.5万元专项资金", "一是加强领导", "十分重要", "(注)说明", "统一标准"])(
    "does not take %j for a numbered line",
    (line) => {
      expect(matchLineMarker(line)).toBeNull();
    },
  );
});
