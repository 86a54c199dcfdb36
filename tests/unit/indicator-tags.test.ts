import { describe, expect, it } from "vitest";
import {
  formatCodeList, indexCatalogue, normalizeCode, resolveCodes, splitCodeList,
} from "@/lib/domain/indicator-tags/codes";
import { foldText, suggestIndicators, termsOf } from "@/lib/domain/indicator-tags/suggest";
import { CATALOGUE, F1211 } from "./indicator-catalogue";

const codes = (text: string, exclude?: string[]) => suggestIndicators(text, CATALOGUE, { exclude }).map((s) => s.code);

describe("indicator code lists", () => {
  it("splits a cell on 、 commas, semicolons and spaces, keeping order and dropping repeats", () => {
    expect(splitCodeList("1211:A2、SFZB-2021：1.1, A1；A1  B1\nHN:1")).toEqual(["1211:A2", "SFZB-2021:1.1", "A1", "B1", "HN:1"]);
    expect(splitCodeList("  ")).toEqual([]);
    expect(formatCodeList(["1211:A2", "SFZB-2021:1.1"])).toBe("1211:A2、SFZB-2021:1.1");
    expect(normalizeCode(" 1211 ： A2 ")).toBe("1211:A2");
  });

  it("qualifies a bare code that one framework uses, refuses a shared one and names unknown codes", () => {
    const index = indexCatalogue(CATALOGUE);
    expect(resolveCodes(["A2", "SFZB-2021:1.1", "1.1", "1211：B1"], index)).toEqual({
      codes: ["1211:A2", "SFZB-2021:1.1", "1211:B1"],
      unknown: [],
      ambiguous: [],
    });
    expect(resolveCodes(["1", "HN:1", "Z9", "1211:Z"], index)).toEqual({ codes: ["HN:1"], unknown: ["Z9", "1211:Z"], ambiguous: ["1"] });
  });
});

describe("suggested tags from plan text", () => {
  it("a line about 行政执法责任制 suggests the 1211 lever 落实行政执法责任制", () => {
    const [first, ...rest] = suggestIndicators("五、全面落实行政执法责任制", CATALOGUE);
    expect(first).toEqual({ code: "1211:A2", name: "落实行政执法责任制", frameworkName: F1211.frameworkName, matched: "落实行政执法责任制" });
    expect(rest).toEqual([]);
    expect(codes("严格执行执法责任制，明确岗位责任")).toEqual(["1211:A2"]);
  });

  it("matches each lever by its core words, ignoring spaces and full-width letters", () => {
    expect(codes("持续推进服务型行政执法规范化建设")).toEqual(["1211:A1"]);
    expect(codes("推进法治政府示范 创建")).toEqual(["1211:B1"]);
    expect(codes("完成法治政府建设示范创建迎检工作")).toEqual(["1211:B1"]);
    expect(foldText("Ａ２ 示范")).toBe("A2示范");
  });

  it("prefers the specific indicator to its heading, and the longest match first", () => {
    expect(codes("深化简政放权改革，转变政府职能")).toEqual(["SFZB-2021:1.1"]);
    expect(codes("依法全面履行政府职能")).toEqual(["SFZB-2021:1"]);
    expect(codes("认真开展服务型行政执法示范点创建工作，落实行政执法责任制")).toEqual(["1211:A2", "1211:A1", "1211:B1"]);
  });

  it("leaves out what is already chosen, suggests nothing for unrelated text, and caps the list", () => {
    expect(codes("落实行政执法责任制", ["1211:A2"])).toEqual([]);
    expect(codes("加强行政复议工作，做好信访事项")).toEqual([]);
    expect(codes("")).toEqual([]);
    const many = Array.from({ length: 8 }, (_, i) => ({ ...F1211, code: `X${i}`, name: `专项事项${i}号工作`, level: 1, parentCode: null }));
    expect(suggestIndicators(many.map((m) => m.name).join("，"), many)).toHaveLength(5);
  });

  it("never derives a term shorter than four characters from a name (两抓手 is a heading)", () => {
    expect(termsOf({ name: "两抓手" })).toEqual([]);
    expect(termsOf({ name: "1.加大简政放权力度" })).toEqual(["加大简政放权力度", "简政放权"]);
    expect(codes("落实两抓手")).toEqual([]);
  });
});
