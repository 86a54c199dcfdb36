import { beforeAll, describe, expect, it } from "vitest";
import { extractPlanText } from "@/lib/services/plans/extract-plan-text";
import { readTaskSheet } from "@/lib/services/tasks/task-sheet";
import { checkInflatedSize } from "@/lib/uploads/bounded-unzip";
import { actorFor, refusal, seedDemoData } from "../support/fixtures";
import { buildDocx, buildZip } from "../support/sample-files";
import { buildZipBomb } from "../support/zip-bomb";

// Finding 4 of issue 11: the size guard trusted the sizes a zip declares.
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

beforeAll(seedDemoData);

describe("zip bombs", () => {
  it("are measured by what they inflate to, not what they declare", async () => {
    const bomb = buildZipBomb({ "a.txt": "hello" }, "b.bin", 20);
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    expect(await checkInflatedSize(bomb, 1024 * 1024)).toEqual({ ok: false, reason: "too_big" });
    // Declaring the truth does not help either: the count stops at the cap.
    expect(await checkInflatedSize(buildZipBomb({}, "b.bin", 20, 20 * 1024 * 1024), 1024 * 1024)).toEqual({ ok: false, reason: "too_big" });
    expect(await checkInflatedSize(buildZip({ "a.txt": "hello" }), 1024)).toEqual({ ok: true, inflatedBytes: 5 });
    expect(await checkInflatedSize(new Uint8Array([1, 2, 3]), 1024)).toEqual({ ok: false, reason: "unreadable" });
  });

  it("are refused by the Excel import with a clear message", async () => {
    const bomb = buildZipBomb({ "[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": "<Relationships/>", "xl/workbook.xml": "<workbook/>" }, "xl/media/image1.png", 120);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const rss = process.memoryUsage().rss;
    expect(await readTaskSheet(bomb)).toEqual({ ok: false, issues: [{ row: null, column: null, key: "taskImportErrors.workbookTooBig", params: undefined }] });
    // Counted and dropped chunk by chunk: nothing near the 120 MB was held.
    expect(process.memoryUsage().rss - rss).toBeLessThan(60 * 1024 * 1024);
  });

  it("are refused by the plan import (.docx) with a clear message", async () => {
    const docx = buildDocx(["一、总体要求"]);
    expect((await extractPlanText(await actorFor("supervisor"), { name: "方案.docx", bytes: docx })).text).toContain("一、总体要求");
    const bomb = buildZipBomb(
      { "[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": "<Relationships/>", "word/document.xml": "<w:document/>" },
      "word/media/image1.png",
      120,
    );
    const refused = await refusal(extractPlanText(await actorFor("supervisor"), { name: "方案.docx", bytes: bomb }), "VALIDATION");
    expect(refused.messageKey).toBe("importErrors.docxTooBig");
  });
});
