import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from "docx";
import type { TAnnualReport, TReportParagraph } from "@/lib/domain/annual-report";
import { CHARACTER_SPACING, FONTS, LINE_PITCH, PAGE, SIZE } from "./gbt9704";

// The annual report as an official document (GB/T 9704): the same paragraphs
// as the preview, written with the docx package. Word and WPS substitute their
// own 仿宋/黑体/楷体 when a machine lacks the _GB2312 fonts.

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, hint: "eastAsia" as const });
const ONE_CHAR = SIZE.body * 10; // 16 pt in twips: one 3号 character

function run(text: string, kind: TReportParagraph["kind"]): IRunOptions {
  if (kind === "title") return { text, font: font(FONTS.title), size: SIZE.title };
  const spaced = { size: SIZE.body, characterSpacing: CHARACTER_SPACING };
  if (kind === "heading1") return { text, font: font(FONTS.heading1), ...spaced };
  if (kind === "heading2") return { text, font: font(FONTS.heading2), ...spaced };
  return { text, font: font(FONTS.body), ...spaced };
}

function paragraphOf(p: TReportParagraph): Paragraph[] {
  const lines = p.text.split("\n");
  return lines.map((line) => {
    const children = [new TextRun(run(line, p.kind))];
    switch (p.kind) {
      case "title":
        // The title stands alone, with an empty line under it.
        return new Paragraph({ children, alignment: AlignmentType.CENTER, spacing: { after: LINE_PITCH } });
      case "signature":
        return new Paragraph({ children, alignment: AlignmentType.RIGHT, indent: { right: ONE_CHAR * 4 }, spacing: { before: LINE_PITCH * 2 } });
      case "date":
        return new Paragraph({ children, alignment: AlignmentType.RIGHT, indent: { right: ONE_CHAR * 4 } });
      default:
        return new Paragraph({ children, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: ONE_CHAR * 2 } });
    }
  });
}

/** “— 1 —” in 4号 宋体: odd pages on the right, even pages on the left, one character in from the edge. */
function pageNumber(side: "odd" | "even") {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: SIZE.pageNumber * 10 } : { left: SIZE.pageNumber * 10 },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font(FONTS.pageNumber), size: SIZE.pageNumber })],
      }),
    ],
  });
}

export function annualReportDocument(report: TAnnualReport): Document {
  return new Document({
    title: report.title,
    creator: "Dudao 督导",
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, footer: PAGE.footer, header: PAGE.footer },
            pageNumbers: { start: 1 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumber("odd"), even: pageNumber("even") },
        children: report.paragraphs.flatMap(paragraphOf),
      },
    ],
  });
}

/** The .docx as one buffer (tests, small reports). */
export function annualReportDocx(report: TAnnualReport): Promise<Buffer> {
  return Packer.toBuffer(annualReportDocument(report));
}

/**
 * The .docx as a web stream, for the download: the zip is written as it is read.
 * (docx hands out a classic event stream, which is not async-iterable: adapted here.)
 */
export function annualReportDocxStream(report: TAnnualReport): ReadableStream<Uint8Array> {
  const source = Packer.toStream(annualReportDocument(report));
  return new ReadableStream<Uint8Array>({
    start(controller) {
      source.on("data", (chunk: Uint8Array) => controller.enqueue(new Uint8Array(chunk)));
      source.on("end", () => controller.close());
      source.on("error", (error: unknown) => controller.error(error));
    },
  });
}
