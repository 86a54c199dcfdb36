import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { gone, see, seeText, signInAs, skipReason, useBrowser } from "./support/browser";

// Issue 10: a file that failed to upload was dropped silently — 报送进展 went
// out without it — and the refusal read "no permission" whatever happened.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: PDF });

/** The last in-progress task of 区司法局 (task-workflow.test.ts works on the first). */
async function openTask(page: Page): Promise<void> {
  await page.goto("/tasks?status=in_progress&sort=due");
  const row = page.locator("tbody tr").filter({ has: page.getByRole("cell", { name: "区司法局", exact: true }) });
  await row.first().waitFor();
  await row.last().locator("a").first().click();
  await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
}

const choose = (page: Page, file: { name: string; mimeType: string; buffer: Buffer }) => page.getByRole("form", { name: "报送进展" }).locator('input[type="file"]').setInputFiles(file);
const submit = (page: Page) => page.getByRole("button", { name: "报送", exact: true }).click();
const alert = (page: Page) => page.getByRole("form", { name: "报送进展" }).getByRole("alert");

describe.skipIf(!!skipReason())("evidence uploads that fail stop the progress report", () => {
  const browser = useBrowser();

  it("says why a file failed (type, size, network), refuses to send the report until it is removed, and waits for a file still uploading", async () => {
    const page = await browser.newPage();
    await signInAs(page, "sfj_officer", "Demo#2026");
    await page.waitForURL("**/workbench");
    await openTask(page);
    const reports = page.locator("ol li");
    const sent = reports.filter({ hasText: "第三季度自查已完成" });
    await page.getByLabel("进展情况").fill("第三季度自查已完成。");

    // Type: the server's own words.
    await choose(page, { name: "程序.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ\x90\x00") });
    await see(page.getByText(/不支持此类文件/));
    await submit(page);
    await seeText(alert(page), /有文件没有上传成功/);
    expect(await sent.count()).toBe(0);
    await page.getByRole("button", { name: "移除 程序.exe" }).click();
    await gone(alert(page));

    // Size, as a proxy refuses it (an HTML page, no problem details), and a dropped connection.
    await page.route("**/api/uploads", (route) => route.fulfill({ status: 413, contentType: "text/html", body: "<html>413 Request Entity Too Large</html>" }));
    await choose(page, pdf("扫描件.pdf"));
    await see(page.getByText("文件太大，超过了服务器允许的上限，无法上传"));
    await page.getByRole("button", { name: "移除 扫描件.pdf" }).click();
    await page.unroute("**/api/uploads");
    await page.route("**/api/uploads", (route) => route.abort("internetdisconnected"));
    await choose(page, pdf("照片.pdf"));
    await see(page.getByText(/网络中断，文件没有上传/));
    await submit(page);
    await seeText(alert(page), /有文件没有上传成功/);
    expect(await sent.count()).toBe(0);
    await page.getByRole("button", { name: "移除 照片.pdf" }).click();
    await page.unroute("**/api/uploads");

    // Still uploading: the report waits, then goes out with the file.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/uploads", async (route) => {
      await held;
      await route.continue();
    });
    await choose(page, pdf("自查报告.pdf"));
    await see(page.getByText("正在上传…"));
    await submit(page);
    await seeText(alert(page), /还有文件正在上传/);
    release();
    await see(page.getByText(/已上传/));
    await gone(alert(page));
    await submit(page);
    await see(page.getByRole("link", { name: /自查报告\.pdf/ }));
    await seeText(reports.first(), /第三季度自查已完成/);
  });
});
