import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZParsedPlanSchema, parsePlanDocument } from "@/lib/domain/plan-import";
import { DEMO_DEPARTMENTS, readFixture } from "./fixtures";
import { findPartitionViolations } from "./line-partition";

/** Lines of every kind the parser knows, and near misses of them. */
const FIXTURE_LINES = [
  ...readFixture("liangyuan-2021-report.txt").split("\n"),
  ...readFixture("plan-import/work-plan-2022.txt").split("\n"),
  ...readFixture("plan-import/restart-and-problems.txt").split("\n"),
  // The corpus brings wrappers, chrome, page markers, problem labels and unnumbered headings.
  ...readdirSync(resolve(import.meta.dirname, "../../fixtures/plan-import/corpus"))
    .filter((name) => name.endsWith(".txt"))
    .flatMap((name) => readFixture(`plan-import/corpus/${name}`).split("\n")),
];
const MARKERS = ["", "", "一、", "二、", "十、", "二十六、", "(一)", "（二）", "(二十六)", "1.", "2、", "3．", "1)", "（1）", "(2)", "①", "②", "⑴", "一是", "一.", "（"];
const TEXTS = [
  "加强组织领导",
  "强化监督。一是强化层级监督;二是加强制约。三是全面审计。",
  "全年受理案件97件,办结率100%。",
  "存在的主要问题",
  "工作中还存在一些不足。一是意识不强。二是能力不足。2022年,我区将持续深化。",
  "下一步工作打算",
  "2022年,我区将聚焦短板弱项。",
  "梁园区人民政府",
  "2022年3月21日",
  "二〇二二年三月二十一日",
  "（2021—2025年）",
  "账号+密码登录",
  "",
];
const ANNOTATIONS = [
  "", "", "",
  "（牵头单位：区司法局；责任单位：区政府办、区人社局；完成时限：6月底前）",
  "(责任单位:区商务局,配合单位:各乡镇(街道) 时间节点:年底前)",
  "(牵头单位:区司法局;责任领导:张三)",
  "牵头单位：县司法局　完成时限：长期坚持",
  "(牵头单位:",
  "(完成时限:2月30日前)",
];
const INDENTS = ["", "", "　　", "  ", "\t"];
const LINE_ENDS = ["\n", "\n", "\r\n", "\r", "\n\n", "\n　\n"];

const composedLine = fc
  .tuple(fc.constantFrom(...INDENTS), fc.constantFrom(...MARKERS), fc.constantFrom(...TEXTS), fc.constantFrom(...ANNOTATIONS))
  .map((parts) => parts.join(""));
const realisticLine = fc.oneof(fc.constantFrom(...FIXTURE_LINES), composedLine);
/** Endings seen after the structure: signature, date, left-over page text, annexes. */
const TAILS = [
  "",
  "梁园区人民政府\n2022年3月21日\n账号+密码登录\n立即注册",
  "二〇二二年三月二十一日\n附件:责任分工表",
  "２０２２年３月２１日",
  "2022年3月21日\n(一)日期之后的编号行",
];
const realisticDocument = fc
  .tuple(fc.array(fc.tuple(realisticLine, fc.constantFrom(...LINE_ENDS)), { maxLength: 40 }), fc.constantFrom(...TAILS))
  .map(([lines, tail]) => lines.map(([line, end]) => line + end).join("") + tail);

const PARSER_CHARS = [..."一二三四五六七八九十是、。;；:：,，.．()（）①⑴1239年月日底前牵头责任配合单位部门完成时限问题不足有待区司法局%件条个 　\n\r\t"];
const parserAlphabetText = fc.string({ unit: fc.constantFrom(...PARSER_CHARS), maxLength: 300 });

function expectWellFormed(text: string): void {
  const plan = parsePlanDocument(text, { departments: DEMO_DEPARTMENTS });
  expect(ZParsedPlanSchema.safeParse(plan).success).toBe(true);
  expect(findPartitionViolations(text, plan)).toEqual([]);
}

describe("parsePlanDocument properties", () => {
  it("never throws on arbitrary strings and always accounts for every line", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), expectWellFormed), { numRuns: 200 });
  });

  it("holds on strings made of the characters the parser looks for", () => {
    fc.assert(fc.property(parserAlphabetText, expectWellFormed), { numRuns: 300 });
  });

  it("holds on random mixes of realistic lines", () => {
    fc.assert(fc.property(realisticDocument, expectWellFormed), { numRuns: 400 });
  });

  it("does not depend on the style of line ends", () => {
    const lines = fc.array(realisticLine, { maxLength: 30 });
    fc.assert(
      fc.property(lines, (documentLines) => {
        const unix = parsePlanDocument(documentLines.join("\n"));
        expect(parsePlanDocument(documentLines.join("\r\n"))).toEqual(unix);
        expect(parsePlanDocument(documentLines.join("\r"))).toEqual(unix);
      }),
      { numRuns: 150 },
    );
  });

  // No timing here (performance is the bench's): a parser gone quadratic would run past the
  // test's own timeout (5 s) on this document, forty reports long (about 0.3 s today).
  it("parses a long document whole", () => {
    const seed = readFixture("liangyuan-2021-report.txt");
    const longText = Array.from({ length: 40 }, () => seed).join("\n");
    const plan = parsePlanDocument(longText);
    expect(findPartitionViolations(longText, plan)).toEqual([]);
  });
});
