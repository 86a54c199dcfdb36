import { describe, expect, it } from "vitest";
import { buildAnnualReport } from "@/lib/domain/annual-report";
import { annualReportDocx, annualReportDocxStream } from "@/lib/documents/annual-report-docx";
import { docxParts, docxText } from "../../support/docx-parts";
import { sampleSnapshot } from "./snapshot-fixture";

const report = buildAnnualReport(sampleSnapshot());

/** The style definition (styles.xml) of the paragraph holding `text` in document.xml. */
function styleOf(parts: Map<string, string>, text: string): string {
  const document = parts.get("word/document.xml")!;
  const at = document.indexOf(text);
  const paragraph = document.slice(document.lastIndexOf("<w:p>", at), at);
  const id = /<w:pStyle w:val="(\w+)"\/>/.exec(paragraph)![1]!;
  const styles = parts.get("word/styles.xml")!;
  const from = styles.indexOf(`w:styleId="${id}"`);
  return styles.slice(from, styles.indexOf("</w:style>", from));
}

describe("annual report .docx (GB/T 9704)", () => {
  it("lays out A4 with margins 37/35/28/26 mm and a grid of 22 lines × 28 characters", async () => {
    const parts = await docxParts(await annualReportDocx(report));
    const document = parts.get("word/document.xml")!;
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]+)\/>/.exec(document)![1]!;
    // 37 mm = 2098 twips, 35 mm = 1984, 28 mm = 1587, 26 mm = 1474.
    expect(margin).toContain('w:top="2098"');
    expect(margin).toContain('w:bottom="1984"');
    expect(margin).toContain('w:left="1587"');
    expect(margin).toContain('w:right="1474"');
    const grid = /<w:docGrid ([^>]+)\/>/.exec(document)![1]!;
    expect(grid).toContain('w:type="lines"');
    const linePitch = Number(/w:linePitch="(\d+)"/.exec(grid)![1]);
    expect(Math.floor((16838 - 2098 - 1984) / linePitch)).toBe(22);
    // Body type is 3号 narrowed by its character spacing: 28 fill the type width.
    const body = styleOf(parts, "区司法局牵头");
    const spacing = Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(body)![1]);
    const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(body)![1]) / 2;
    expect(Math.floor((11906 - 1587 - 1474) / 20 / (size + spacing / 20))).toBe(28);
  });

  it("sets the title in 2号 方正小标宋, the body in 3号 仿宋_GB2312, headings in 黑体 and 楷体", async () => {
    const parts = await docxParts(await annualReportDocx(report));
    expect(styleOf(parts, report.title)).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/);
    expect(styleOf(parts, "区司法局牵头")).toMatch(/w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
    expect(styleOf(parts, "一、主要举措和成效")).toContain('w:eastAsia="黑体"');
    expect(styleOf(parts, "（一）依法全面履行政府职能")).toContain('w:eastAsia="楷体_GB2312"');
  });

  it("numbers pages “— 1 —”, odd on the right and even on the left", async () => {
    const parts = await docxParts(await annualReportDocx(report));
    const footers = [...parts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers).toHaveLength(2);
    for (const xml of footers) {
      expect(xml).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —/);
    }
    expect(footers.map((xml) => /<w:jc w:val="(\w+)"/.exec(xml)![1]).sort()).toEqual(["left", "right"]);
    expect(parts.get("word/settings.xml")).toContain("<w:evenAndOddHeaders");
  });

  it("reopens with a .docx parser and reads every paragraph of the draft", async () => {
    const value = await docxText(await annualReportDocx(report));
    const lines = value.split("\n").filter(Boolean);
    expect(lines).toEqual(report.paragraphs.map((p) => p.text));
  });

  it("streams the same document", async () => {
    const chunks: Buffer[] = [];
    const reader = annualReportDocxStream(report).getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(Buffer.from(read.value));
    const value = await docxText(Buffer.concat(chunks));
    expect(value).toContain(report.title);
  });
});
