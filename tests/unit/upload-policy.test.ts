import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkUpload, safeFileName, UPLOAD_ACCEPT, type TUploadCheck } from "@/lib/domain/upload-policy";
import { sniffMimeType } from "@/lib/domain/uploads/sniff-mime-type";
import {
  buildCfb,
  buildOfficeZip,
  buildZip,
  GB18030_TEXT,
  GIF,
  HTML,
  JPEG,
  LINUX_ELF,
  PDF,
  PNG,
  SHELL_SCRIPT,
  SVG,
  UTF8_TEXT,
  WEBP,
  WINDOWS_EXE,
} from "../support/sample-files";

const MB = 1024 * 1024;
const check = (bytes: Uint8Array, declaredName: string, maxBytes = 20 * MB) =>
  checkUpload({ bytes, declaredName, size: bytes.byteLength, maxBytes });
const accepted = (mimeType: string, fileName: string): TUploadCheck => expect.objectContaining({ ok: true, mimeType, fileName });
const refused = (refusal: string) => ({ ok: false, refusal });

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

describe("checkUpload accepts the allow-list by content", () => {
  it.each([
    ["照片.jpg", JPEG, "image/jpeg"],
    ["scan.png", PNG, "image/png"],
    ["动图.gif", GIF, "image/gif"],
    ["photo.webp", WEBP, "image/webp"],
    ["整改报告.pdf", PDF, "application/pdf"],
    ["台账.txt", UTF8_TEXT, "text/plain"],
    ["记事本.txt", GB18030_TEXT, "text/plain"],
    ["方案.docx", buildOfficeZip("word"), DOCX],
    ["统计.xlsx", buildOfficeZip("xl"), XLSX],
    ["汇报.pptx", buildOfficeZip("ppt"), PPTX],
    ["通知.doc", buildCfb([{ name: "WordDocument" }, { name: "1Table" }]), "application/msword"],
    ["报表.xls", buildCfb([{ name: "Workbook" }]), "application/vnd.ms-excel"],
    ["旧报表.xls", buildCfb([{ name: "Book" }]), "application/vnd.ms-excel"],
    ["幻灯片.ppt", buildCfb([{ name: "Current User" }, { name: "PowerPoint Document" }]), "application/vnd.ms-powerpoint"],
    ["WPS文字.wps", buildCfb([{ name: "WordDocument" }]), "application/msword"],
    ["WPS表格.et", buildCfb([{ name: "Workbook" }]), "application/vnd.ms-excel"],
    ["WPS演示.dps", buildOfficeZip("ppt"), PPTX],
  ])("%s", async (name, bytes, mimeType) => {
    expect(await check(bytes, name)).toEqual(accepted(mimeType, name));
  });

  it("reads a real workbook written by exceljs (deflated parts, data descriptors)", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("台账").addRow(["任务", "进度"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await check(bytes, "台账.xlsx")).toEqual(accepted(XLSX, "台账.xlsx"));
  });

  it("tells a Word file from the spreadsheet embedded in it (only the top level counts)", async () => {
    const bytes = buildCfb([{ name: "ObjectPool", children: [{ name: "_1234", children: [{ name: "Workbook" }] }] }, { name: "WordDocument" }]);
    expect(await sniffMimeType(bytes)).toBe("application/msword");
  });

  it("reads the type from the content and gives the name an extension that fits it", async () => {
    expect(await check(PNG, "photo.jpg")).toEqual({ ok: true, mimeType: "image/png", extension: "png", fileName: "photo.jpg.png" });
    expect(await check(PDF, "扫描件")).toEqual({ ok: true, mimeType: "application/pdf", extension: "pdf", fileName: "扫描件.pdf" });
    expect(await check(UTF8_TEXT, "data.csv")).toEqual({ ok: true, mimeType: "text/plain", extension: "csv", fileName: "data.csv" });
    expect(await check(UTF8_TEXT, "说明.pdf")).toEqual(accepted("text/plain", "说明.pdf.txt"));
    expect(await check(JPEG, "PHOTO.JPEG")).toEqual({ ok: true, mimeType: "image/jpeg", extension: "jpeg", fileName: "PHOTO.JPEG" });
  });
});

describe("checkUpload refuses", () => {
  it.each([
    ["an exe named report.pdf", WINDOWS_EXE, "report.pdf"],
    ["an ELF binary named report.pdf", LINUX_ELF, "report.pdf"],
    ["an exe under its own name", WINDOWS_EXE, "setup.exe"],
    ["HTML", HTML, "page.html"],
    ["HTML named as text", HTML, "readme.txt"],
    ["SVG named as an image", SVG, "logo.png"],
    ["text that turns into HTML further down", new Uint8Array(Buffer.from(`会议纪要\n${"正文。".repeat(500)}\n<script src=//x.example/a.js></script>`)), "纪要.txt"],
    ["a shell script named as text", SHELL_SCRIPT, "notes.txt"],
    ["plain text named as a batch file", UTF8_TEXT, "run.bat"],
    ["plain text named as a script, hiding behind a trailing dot", UTF8_TEXT, "run.js."],
    ["a PDF named as an executable", PDF, "report.pdf.exe"],
    ["a plain zip archive", buildZip({ "a.txt": "x" }), "材料.zip"],
    ["a jar (a zip without Office parts) named .docx", buildZip({ "META-INF/MANIFEST.MF": "Main-Class: X" }), "方案.docx"],
    ["a macro-enabled Word document", buildOfficeZip("word", { "word/vbaProject.bin": "x" }), "方案.docx"],
    ["a Word 97 file with a VBA project", buildCfb([{ name: "WordDocument" }, { name: "Macros", children: [{ name: "VBA" }] }]), "通知.doc"],
    ["an Excel 97 file with a VBA project", buildCfb([{ name: "Workbook" }, { name: "_VBA_PROJECT_CUR", children: [{ name: "VBA" }] }]), "表.xls"],
    ["a compound file that is no Office document (an installer)", buildCfb([{ name: "\u4840\u3f3f\u4577" }]), "setup.doc"],
    ["binary bytes without a known signature", new Uint8Array([0x01, 0x02, 0x03, 0x00, 0xff]), "data.txt"],
    ["text in neither UTF-8 nor GB18030", new Uint8Array([0x41, 0xff, 0xff, 0x42]), "a.txt"],
    ["UTF-16 text (NUL bytes)", new Uint8Array(Buffer.from("\ufeff通知", "utf16le")), "a.txt"],
  ])("%s as type_not_allowed", async (_label, bytes, name) => {
    expect(await check(bytes, name)).toEqual(refused("type_not_allowed"));
  });

  it("a file over the limit, by its bytes or its declared size, before reading it", async () => {
    expect(await check(PDF, "a.pdf", PDF.byteLength - 1)).toEqual(refused("too_large"));
    expect(await checkUpload({ bytes: PDF, declaredName: "a.pdf", size: 21 * MB, maxBytes: 20 * MB })).toEqual(refused("too_large"));
    expect(await check(PDF, "a.pdf", PDF.byteLength)).toEqual(accepted("application/pdf", "a.pdf"));
  });

  it("an empty file", async () => {
    expect(await check(new Uint8Array(0), "空.txt")).toEqual(refused("empty"));
  });

  it.each(["", "   ", "...", "../", "C:\\docs\\", "\u202e\u200b"])("a name with nothing left to show (%j) as name_invalid", async (name) => {
    expect(await check(PDF, name)).toEqual(refused("name_invalid"));
  });
});

describe("safeFileName", () => {
  it("keeps Chinese, spaces and ordinary punctuation", () => {
    expect(safeFileName("梁园区 2026年（第一季度）整改报告-终稿.pdf")).toBe("梁园区 2026年（第一季度）整改报告-终稿.pdf");
  });

  it("strips the path the browser or an attacker sent", () => {
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("C:\\Users\\刘联络\\Desktop\\台账.xlsx")).toBe("台账.xlsx");
    expect(safeFileName("/tmp/")).toBe("");
  });

  it("strips control characters, bidi overrides and zero-width characters", () => {
    expect(safeFileName("a\u0000b\u001fc\u007f.txt")).toBe("abc.txt");
    expect(safeFileName("invoice\u202egpj.exe")).toBe("invoicegpj.exe");
    expect(safeFileName("报\u200b告\ufeff.pdf")).toBe("报告.pdf");
    expect(safeFileName("line\r\nbreak.txt")).toBe("line break.txt");
  });

  it("never gives a hidden or Windows-reserved name", () => {
    expect(safeFileName(".htaccess")).toBe("htaccess");
    expect(safeFileName("report.pdf. . ")).toBe("report.pdf");
    expect(safeFileName('a<b>c:d"e|f?g*.txt')).toBe("a_b_c_d_e_f_g_.txt");
    expect(safeFileName("CON.txt")).toBe("_CON.txt");
  });

  it("caps the length at 200 characters, keeping the extension", () => {
    const long = safeFileName(`${"梁".repeat(300)}.docx`);
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith("梁.docx")).toBe(true);
    expect(Array.from(safeFileName("字".repeat(250)))).toHaveLength(200);
  });

  it("is idempotent", () => {
    for (const name of ["../a/b.txt", " .x. ", "梁".repeat(300), "CON", "a\u202eb"]) {
      expect(safeFileName(safeFileName(name))).toBe(safeFileName(name));
    }
  });
});

describe("the accept hint of the file picker", () => {
  it("lists every allowed extension and no active type", () => {
    const extensions = UPLOAD_ACCEPT.split(",");
    for (const extension of [".pdf", ".docx", ".xls", ".wps", ".et", ".dps", ".jpg", ".txt"]) expect(extensions).toContain(extension);
    for (const extension of [".html", ".svg", ".exe", ".js"]) expect(extensions).not.toContain(extension);
  });
});
