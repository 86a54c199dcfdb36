import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyEdits, buildAnnualReport } from "@/lib/domain/annual-report";
import { annualReportDocx } from "@/lib/documents/annual-report-docx";
import { sampleSnapshot } from "./snapshot-fixture";

// A real word processor opens the file and lays it out. LibreOffice is on
// developer machines, not in CI: without it (or pdftotext) this is skipped.
const has = (command: string) => {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const available = has("soffice") && has("pdftotext") && has("pdfinfo");
const dir = mkdtempSync(path.join(tmpdir(), "dudao-docx-"));
afterAll(() => process.env.KEEP_DOCX ? undefined : rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!available)("annual report .docx in LibreOffice", () => {
  it("opens, prints on A4 and numbers its pages “— 1 —”", async () => {
    const snapshot = sampleSnapshot();
    // Enough work items for a second page.
    snapshot.tasks = Array.from({ length: 40 }, (_, i) => ({ ...snapshot.tasks[0]!, id: `t${i}`, title: `第${i + 1}项工作` }));
    // A paragraph of plain characters shows the grid: 26 after the two-character indent, then 28 a line.
    const report = applyEdits(buildAnnualReport(snapshot), { opening: "法".repeat(26 + 28 * 2) });
    const docx = path.join(dir, "report.docx");
    writeFileSync(docx, await annualReportDocx(report));
    // A private profile: a second LibreOffice on the machine must not share (or lock) ours.
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], { stdio: "ignore", timeout: 90_000 });
    const pdf = path.join(dir, "report.pdf");
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(2);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text.replace(/\s+/g, "")).toContain(report.title);
    expect(text).toMatch(/—\s*1\s*—/);
    expect(text).toMatch(/—\s*2\s*—/);
    expect(readFileSync(pdf).length).toBeGreaterThan(1000);
    const plain = execFileSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" });
    const lines = plain.split("\n").map((line) => line.replace(/\s+/g, "")).filter((line) => /^法+$/.test(line));
    expect(lines.map((line) => line.length)).toEqual([26, 28, 28]);
  }, 120_000);
});
