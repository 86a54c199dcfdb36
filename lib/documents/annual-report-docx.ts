import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import type { TAnnualReport, TReportParagraph } from "@/lib/domain/annual-report";
import { CHARACTER_SPACING, FONTS, LINE_PITCH, PAGE, SIZE } from "./gbt9704";

// The annual report as an official document (GB/T 9704): the same paragraphs
// as the preview, written with the docx package. Word and WPS substitute their
// own 仿宋/黑体/楷体 when a machine lacks the _GB2312 fonts.

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, hint: "eastAsia" as const });
const ONE_CHAR = SIZE.body * 10; // 16 pt in twips: one 3号 character

// Type lives in paragraph styles, not on every run: a 5,000-item year is
// written (and read by Word) much faster, and an author restyles it in one place.
const STYLE_OF: Record<TReportParagraph["kind"], string> = {
  title: "ReportTitle",
  heading1: "ReportHeading1",
  heading2: "ReportHeading2",
  opening: "ReportBody",
  body: "ReportBody",
  prompt: "ReportBody",
  signature: "ReportClosing",
  date: "ReportClosing",
};

const spaced = { size: SIZE.body, characterSpacing: CHARACTER_SPACING };
const indented = { indent: { firstLine: ONE_CHAR * 2 }, alignment: AlignmentType.JUSTIFIED };

const PARAGRAPH_STYLES = [
  { id: "ReportTitle", name: "报告标题", run: { font: font(FONTS.title), size: SIZE.title }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: LINE_PITCH } } },
  { id: "ReportHeading1", name: "一级标题", run: { font: font(FONTS.heading1), ...spaced }, paragraph: indented },
  { id: "ReportHeading2", name: "二级标题", run: { font: font(FONTS.heading2), ...spaced }, paragraph: indented },
  { id: "ReportBody", name: "正文", run: { font: font(FONTS.body), ...spaced }, paragraph: indented },
  { id: "ReportClosing", name: "落款", run: { font: font(FONTS.body), ...spaced }, paragraph: { alignment: AlignmentType.RIGHT, indent: { right: ONE_CHAR * 4 } } },
].map((style) => ({ ...style, basedOn: "Normal", next: "ReportBody", quickFormat: true }));

function paragraphOf(p: TReportParagraph): Paragraph[] {
  return p.text.split("\n").map(
    (line) =>
      new Paragraph({
        style: STYLE_OF[p.kind],
        text: line,
        // The signature stands two lines below the text.
        ...(p.kind === "signature" ? { spacing: { before: LINE_PITCH * 2 } } : {}),
      }),
  );
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
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZE.body } } }, paragraphStyles: PARAGRAPH_STYLES },
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
