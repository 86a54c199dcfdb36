import { describe, expect, it } from "vitest";
import { docxBodyText } from "@/lib/documents/docx-text";
import { formatNumber } from "@/lib/documents/docx-numbering";
import { GOVERNMENT_NUMBERING, table } from "../fixtures/plan-import/docx-documents";
import { docxParagraph } from "../support/sample-files";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const documentXml = (body: string) => `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
const numberingXml = `<w:numbering xmlns:w="${W}">${GOVERNMENT_NUMBERING}</w:numbering>`;
const at = (ilvl: number) => ({ numId: 1, ilvl });

describe("reading a Word document's body", () => {
  it("writes out automatic numbering as Word shows it, restarting lower levels", () => {
    const body = [
      docxParagraph("总体要求", at(0)), docxParagraph("指导思想", at(1)), docxParagraph("基本原则", at(1)),
      docxParagraph("坚持党的领导", at(2)), docxParagraph("主要任务", at(0)), docxParagraph("深化改革", at(1)), docxParagraph("推行清单", at(2)),
    ].join("");
    expect(docxBodyText(documentXml(body), numberingXml).split("\n")).toEqual([
      "一、总体要求", "（一）指导思想", "（二）基本原则", "1.坚持党的领导", "二、主要任务", "（一）深化改革", "1.推行清单",
    ]);
  });

  it("skips deleted text and empty paragraphs, and keeps text in hyperlinks", () => {
    const body = `<w:p><w:r><w:t>依法</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:hyperlink><w:r><w:t>行政</w:t></w:r></w:hyperlink></w:p><w:p/>`;
    expect(docxBodyText(documentXml(body), null)).toBe("依法行政");
  });

  it("repeats a vertically merged cell into the rows it spans", () => {
    const body = table([
      ["序号", "问题", "整改措施", "责任单位", "整改时限"],
      ["1", "公示不及时", "完善平台", { text: "区司法局", vMerge: "restart" }, "3月底前"],
      ["2", "案卷不规范", "开展评查", { text: "", vMerge: "continue" }, "6月底前"],
    ]);
    expect(docxBodyText(documentXml(body), null).split("\n")).toEqual([
      "1.问题：公示不及时", "整改措施：完善平台", "（责任单位：区司法局；完成时限：3月底前）",
      "2.问题：案卷不规范", "整改措施：开展评查", "（责任单位：区司法局；完成时限：6月底前）",
    ]);
  });

  it("reads a header of two rows under a spanning cell", () => {
    const body = table([
      ["序号", "重点任务", { text: "责任分工", span: 2 }, "完成时限"],
      ["", "", "牵头单位", "责任单位", ""],
      ["1", "推行法律顾问制度", "区司法局", "区直各单位", "长期坚持"],
    ]);
    expect(docxBodyText(documentXml(body), null)).toBe("1.推行法律顾问制度（牵头单位：区司法局；责任单位：区直各单位；完成时限：长期坚持）");
  });

  it.each([[1, "chineseCounting", "一"], [12, "chineseCounting", "十二"], [20, "chineseCounting", "二十"], [3, "decimalEnclosedCircle", "③"], [2, "decimal", "2"], [1, "bullet", ""]])(
    "formats %i as %s: %j", (value, format, expected) => expect(formatNumber(value, format)).toBe(expected),
  );
});
