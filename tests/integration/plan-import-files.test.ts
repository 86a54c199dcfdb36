import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocxText } from "@/lib/documents/read-docx";
import { flattenReview, toReviewTree } from "@/lib/domain/plan-review/review-tree";
import { extractPlanText } from "@/lib/services/plans/extract-plan-text";
import { parsePlanText } from "@/lib/services/plans/parse-plan-text";
import { summarise } from "../unit/plan-import/corpus-summary";
import { divisionPlanDocx, rectificationPlanDocx } from "../fixtures/plan-import/docx-documents";
import { actorFor, departmentId, refusal, seedDemoData } from "../support/fixtures";
import { buildCfb, buildDocx, buildOfficeZip, GB18030_TEXT, PDF, PNG, WINDOWS_EXE } from "../support/sample-files";
import { buildZipBomb } from "../support/zip-bomb";

/** The corpus's Word and PDF documents, read as uploads and parsed against the demo district. */

beforeAll(seedDemoData);

async function readAndParse(name: string, bytes: Uint8Array) {
  const supervisor = await actorFor("supervisor");
  const { text } = await extractPlanText(supervisor, { name, bytes });
  return { text, plan: await parsePlanText(supervisor, { text }) };
}

describe("uploaded plans in Word and PDF", () => {
  it("reads a 整改方案 whose problems are a table with a merged 责任单位 cell", async () => {
    const { text, plan } = await readAndParse("整改方案.docx", rectificationPlanDocx());
    expect(text.split("\n").slice(0, 5)).toEqual([
      "梁园区行政执法突出问题整改方案", "为抓好问题整改，制定本方案。", "一、总体要求", "坚持问题导向，做到立行立改。", "二、问题清单",
    ]);
    expect(summarise(plan)).toEqual({
      sections: 2, items: 0, measures: 0, problems: 3, groups: 0, departments: 2, matched: 2, coLed: 1, dates: 3, unparsed: 0,
    });
    const problems = plan.nodes[1]!.children;
    expect(problems.map((node) => [node.title, node.body, node.dueDate])).toEqual([
      ["执法公示不及时", "整改措施：完善执法公示平台", "2023-03-31"],
      ["执法案卷不规范", "整改措施：开展案卷评查", "2023-06-30"],
      ["执法人员培训不足", "整改措施：组织全员轮训", "2023-12-31"],
    ]);
    // The merged cell names 区司法局 for the second problem too; the third names two joint leads.
    const sfj = await departmentId("区司法局");
    expect(problems[1]!.leadDepartment?.id).toBe(sfj);
    expect(problems[2]!.leadDepartments.map((ref) => ref.id)).toEqual([sfj, await departmentId("区市场监督管理局")]);
    expect(flattenReview(toReviewTree(plan, () => crypto.randomUUID())).filter((node) => node.choice === "problem")).toHaveLength(3);
  });

  it("reads a 任务分工方案 with Word's own numbering and a task table with merged categories", async () => {
    const { plan } = await readAndParse("分工方案.docx", divisionPlanDocx());
    expect(plan.title).toBe("梁园区2023年法治政府建设重点任务分工方案");
    expect(plan.nodes.map((node) => [node.code, node.title])).toEqual([["一、", "加强组织领导"], ["二、", "重点任务分工"]]);
    // Categories (merged cells) become items under the section that holds the table; rows their measures.
    expect(plan.nodes[1]!.children.map((node) => [node.code, node.title, node.children.length])).toEqual([
      ["（一）", "依法决策", 2], ["（二）", "严格执法", 1],
    ]);
    expect(summarise(plan)).toEqual({
      sections: 2, items: 3, measures: 4, problems: 0, groups: 0, departments: 4, matched: 3, coLed: 1, dates: 3, unparsed: 0,
    });
  });

  it("reads a PDF's text layer, wrapped lines joined, and refuses a scan without one", async () => {
    const pdf = readFileSync(path.resolve(import.meta.dirname, "../fixtures/plan-import/work-plan-2023.pdf"));
    const { text, plan } = await readAndParse("工作要点.pdf", new Uint8Array(pdf));
    expect(text).toContain("- 1 -");
    expect(plan.title).toBe("梁园区 2023 年法治政府建设工作要点");
    expect(plan.date).toBe("2023-03-01");
    // "（牵头" / "单位：区司法局；…）" was cut by the page's width; the annotation still reads.
    expect(summarise(plan)).toEqual({
      sections: 2, items: 3, measures: 0, problems: 0, groups: 0, departments: 4, matched: 3, coLed: 1, dates: 2, unparsed: 2,
    });
    const refused = await refusal(extractPlanText(await actorFor("supervisor"), { name: "扫描件.pdf", bytes: scannedPdf() }), "VALIDATION");
    expect(refused.messageKey).toBe("importErrors.filePdf");
  });

  it("the Word reader itself refuses a zip bomb before reading any part", async () => {
    const bomb = buildZipBomb({ "word/document.xml": "<w:document/>" }, "word/media/image1.png", 40);
    expect(await readDocxText(bomb, 10 * 1024 * 1024)).toEqual({ ok: false, reason: "too_big" });
  });
});

/** A one-page PDF that draws a frame and holds no text, as a scanner's output holds only an image. */
function scannedPdf(): Uint8Array {
  const content = "q 1 0 0 1 50 50 cm 0 0 495 742 re S Q";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe("reading an uploaded plan", () => {
  const read = async (name: string, bytes: Uint8Array) => extractPlanText(await actorFor("supervisor"), { name, bytes });

  it("reads UTF-8 text (with a byte-order mark and CRLF line ends)", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("一、加强领导\r\n（一）健全机制。\r\n")]);
    expect(await read("工作要点.txt", bytes)).toEqual({ text: "一、加强领导\n（一）健全机制。\n" });
  });

  it("reads GB18030 (GBK) text as Windows Notepad saves it", async () => {
    expect(await read("台账.txt", GB18030_TEXT)).toEqual({ text: "梁园区司法局工作台账\n" });
  });

  it("reads UTF-16 text with its byte-order mark", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from("一、加强领导\n", "utf16le")]);
    expect(await read("unicode.txt", bytes)).toEqual({ text: "一、加强领导\n" });
  });

  it("reads a .docx, one paragraph per line, and the text parses", async () => {
    const docx = buildDocx(["梁园区2026年法治政府建设工作要点", "一、加强党的领导", "（一）落实第一责任人职责。（牵头单位：区司法局；完成时限：6月底前）"]);
    const { text } = await read("工作要点.docx", docx);
    expect(text.split("\n").filter((line) => line !== "")).toEqual([
      "梁园区2026年法治政府建设工作要点",
      "一、加强党的领导",
      "（一）落实第一责任人职责。（牵头单位：区司法局；完成时限：6月底前）",
    ]);
    const parsed = await parsePlanText(await actorFor("supervisor"), { text });
    expect(parsed.nodes[0]!.children[0]).toMatchObject({ title: "落实第一责任人职责", dueDate: "2026-06-30" });
  });

  it.each([
    ["an empty file", "空.txt", new Uint8Array(), "importErrors.fileEmpty"],
    ["a file of blank lines", "空白.txt", new TextEncoder().encode(" \r\n\t\n"), "importErrors.fileEmpty"],
    ["an executable renamed .txt", "要点.txt", WINDOWS_EXE, "importErrors.fileUnsupported"],
    ["an image", "扫描件.png", PNG, "importErrors.fileUnsupported"],
    ["binary bytes", "data.txt", new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x10]), "importErrors.fileUnsupported"],
    ["binary bytes behind a UTF-16 mark", "data.txt", new Uint8Array([0xff, 0xfe, 0x01, 0x00, 0x02, 0x00]), "importErrors.fileUnsupported"],
    ["an old Word .doc", "要点.doc", buildCfb([{ name: "WordDocument" }]), "importErrors.fileDoc"],
    ["a PDF", "要点.pdf", PDF, "importErrors.filePdf"],
    ["an Excel workbook named .docx", "要点.docx", buildOfficeZip("xl"), "importErrors.fileUnsupported"],
    ["a damaged .docx", "要点.docx", buildOfficeZip("word"), "importErrors.docxUnreadable"],
  ])("refuses %s with a clear message", async (_, name, bytes, key) => {
    const error = await refusal(read(name, bytes), "VALIDATION");
    expect(error.messageKey).toBe(key);
  });
});
