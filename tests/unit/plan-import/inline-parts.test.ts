import { describe, expect, it } from "vitest";
import { splitInlineParts } from "@/lib/domain/plan-import/inline-parts";
import { detectShortcomingsParagraph, isShortcomingsHeading } from "@/lib/domain/plan-import/shortcomings";

describe("splitInlineParts", () => {
  it("splits 一是/二是/三是 at sentence and clause boundaries", () => {
    const text = "强化监督。一是强化层级监督;二是加强制约,三是全面审计。";
    const split = splitInlineParts(text);
    expect(split?.parts.map((part) => text.slice(part.textStart, part.end))).toEqual([
      "强化层级监督;",
      "加强制约,",
      "全面审计。",
    ]);
    expect(split?.outroStart).toBeNull();
  });

  it("ignores 一是 inside words and numbers out of sequence", () => {
    expect(splitInlineParts("标准统一是关键。唯一是指")).toBeNull();
    expect(splitInlineParts("一是加强领导。三是强化保障。")).toBeNull();
    expect(splitInlineParts("一是加强领导。")).toBeNull();
  });

  it("ends the list where a closing sentence about the next year begins", () => {
    const text = "一是重视不够。二是人才缺乏。2022年,我区将持续深化。";
    const split = splitInlineParts(text);
    expect(split?.outroStart).toBe(text.indexOf("2022"));
    expect(split?.parts[1] && text.slice(split.parts[1].textStart, split.parts[1].end)).toBe("人才缺乏。");
  });
});

describe("shortcomings", () => {
  it("detects a paragraph whose intro names shortcomings", () => {
    expect(detectShortcomingsParagraph("但在一些方面还有待改进。一是重视不够。二是人才缺乏。")?.parts).toHaveLength(2);
    expect(detectShortcomingsParagraph("存在的问题:一是重视不够;二是人才缺乏。")?.parts).toHaveLength(2);
    expect(detectShortcomingsParagraph("全面加强监督。一是强化层级监督。二是加强制约。")).toBeNull();
  });

  it.each(["存在的主要问题", "存在问题", "问题和不足", "工作中存在的不足", "不足之处"])("%s is a shortcomings heading", (heading) => {
    expect(isShortcomingsHeading(heading)).toBe(true);
  });

  it.each(["着力解决群众反映强烈的突出问题", "加强监督", "存在的问题。一是意识不强。"])("%s is not", (heading) => {
    expect(isShortcomingsHeading(heading)).toBe(false);
  });
});
