import { describe, expect, it } from "vitest";
import { foldWidth, removeSpans, splitLines, toSourceText, trimSource } from "@/lib/domain/plan-import/normalize";

describe("foldWidth", () => {
  it("folds full-width ASCII forms and space-like characters, keeping the length", () => {
    const raw = "（一）１．ＡＢ：，；　\t\u00a0end";
    const folded = foldWidth(raw);
    expect(folded).toBe("(一)1.AB:,;   end");
    expect(folded).toHaveLength(raw.length);
  });

  it("leaves Chinese punctuation that has no half-width twin", () => {
    expect(foldWidth("。、“”《》—")).toBe("。、“”《》—");
  });
});

describe("source text", () => {
  it("trims on the folded text and slices the raw text at the same offsets", () => {
    const trimmed = trimSource(toSourceText("　　（二）落实职责。　"));
    expect(trimmed.raw).toBe("（二）落实职责。");
    expect(trimmed.folded).toBe("(二)落实职责。");
  });

  it("removes spans in any order", () => {
    const text = toSourceText("甲（注）乙（注）丙");
    expect(removeSpans(text, [{ start: 5, end: 8 }, { start: 1, end: 4 }]).raw).toBe("甲乙丙");
  });
});

describe("splitLines", () => {
  it("splits on \\r\\n, \\r and \\n alike", () => {
    expect(splitLines("a\r\nb\rc\n\nd")).toEqual(["a", "b", "c", "", "d"]);
  });
});
