import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { see, seeText, signInAs, skipReason, useBrowser } from "./support/browser";

const PASSWORD = "Demo#2026";

const WORK_PLAN = [
  "梁园区2026年行政执法规范化工作方案",
  "一、规范行政执法行为",
  "（一）全面推行行政执法三项制度。（牵头单位：区司法局；完成时限：6月底前）",
  "1.严格执行行政执法公示制度。",
  "2.严格执行执法全过程记录制度。",
  "（二）开展行政执法案卷评查。全年评查案卷不少于50份，落实执法责任制。",
  "二、加强执法队伍建设",
  "（三）组织执法人员专题培训。（牵头单位：区司法局；配合单位：县文旅局；完成时限：9月底前）",
].join("\n");

/** The innermost review row holding this title box (its ancestors hold it too). */
const row = (page: Page, titleLabel: string) =>
  page.getByTestId("review-node").filter({ has: page.getByRole("textbox", { name: titleLabel, exact: true }) }).last();

const count = (page: Page, kind: string) => page.locator(`[data-count="${kind}"] dd`);

async function openImport(page: Page) {
  await signInAs(page, "supervisor", PASSWORD);
  await page.waitForURL("**/workbench");
  await page.goto("/tasks");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "工作方案", exact: true }).click();
  await page.waitForURL("**/plans");
  await page.getByRole("link", { name: "导入方案", exact: true }).click();
  await page.waitForURL("**/plans/import");
}

describe.skipIf(!!skipReason())("plan import in the browser", () => {
  const browser = useBrowser();

  it("supervisor pastes a work plan, reviews the tree, drops a node, bulk-assigns a due date and creates draft tasks", async () => {
    const page = await browser.newPage();
    await openImport(page);

    await page.getByLabel("文档内容").fill(WORK_PLAN);
    await page.getByRole("button", { name: "解析", exact: true }).click();
    await see(page.getByRole("heading", { name: "第二步：核对条目" }));
    expect(await page.getByLabel("方案名称").inputValue()).toBe("梁园区2026年行政执法规范化工作方案");
    expect(await page.getByLabel("年度", { exact: true }).inputValue()).toBe("2026");
    await seeText(count(page, "section"), "2");
    await seeText(count(page, "item"), "3");
    await seeText(count(page, "measure"), "2");
    await seeText(count(page, "unparsed"), "0");
    await seeText(page.getByTestId("review-outcome"), /将生成 4 项任务/);
    // The annotation's departments and date; a name that matches no department is flagged, never guessed.
    expect(await row(page, "1. 的标题").getByRole("combobox", { name: /的牵头单位$/ }).locator("option:checked").textContent()).toBe("区司法局");
    expect(await row(page, "1. 的标题").getByLabel(/的完成时限$/).inputValue()).toBe("2026-06-30");
    await seeText(row(page, "（三） 的标题").getByTestId("unmatched-department"), /县文旅局/);

    // Removing a section with entries under it asks first; cancelling keeps it.
    await row(page, "二、 的标题").getByRole("button", { name: "删除" }).first().click();
    await see(page.getByRole("alertdialog"));
    await page.getByRole("alertdialog").getByRole("button", { name: "取消" }).click();
    await see(page.getByRole("textbox", { name: "（三） 的标题" }));
    // A measure without children goes at once.
    await row(page, "2. 的标题").getByRole("button", { name: "删除" }).click();
    expect(await page.getByRole("textbox", { name: "2. 的标题" }).count()).toBe(0);
    await seeText(count(page, "measure"), "1");
    await seeText(page.getByTestId("review-outcome"), /将生成 3 项任务/);

    // Inline title edit, then one due date for every task.
    await page.getByRole("textbox", { name: "（二） 的标题" }).fill("开展全区行政执法案卷评查");
    await page.getByRole("button", { name: "选中全部任务" }).click();
    await seeText(page.getByText(/^已选 \d+ 项$/), "已选 3 项");
    await page.getByLabel("批量设置完成时限").fill("2026-11-30");
    await page.getByRole("button", { name: "应用到所选" }).click();
    expect(await row(page, "（二） 的标题").getByLabel(/的完成时限$/).inputValue()).toBe("2026-11-30");
    expect(await row(page, "1. 的标题").getByLabel(/的完成时限$/).inputValue()).toBe("2026-11-30");

    // A tag suggested from the text waits for the reviewer: 创建 is held back and puts the keyboard on it.
    await seeText(row(page, "（二） 的标题").getByTestId("review-suggestion"), /1211:A2/);
    await page.getByRole("button", { name: "创建方案和 3 项任务" }).click();
    await seeText(page.getByTestId("suggestions-note").getByRole("alert"), /还有 1 条指标建议未确认/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^采纳指标建议 1211:A2/);
    await page.keyboard.press("Enter");
    await seeText(row(page, "（二） 的标题").getByTestId("review-tags"), /1211:A2/);
    expect(await page.getByTestId("review-suggestion").count()).toBe(0);

    await page.getByRole("button", { name: "创建方案和 3 项任务" }).click();
    await see(page.getByText("导入完成"));
    await seeText(page.getByTestId("import-summary"), /6 个条目，3 项草稿任务/);

    await page.getByRole("link", { name: "查看草稿任务" }).click();
    await page.waitForURL("**/tasks?status=draft*");
    for (const title of ["严格执行行政执法公示制度", "开展全区行政执法案卷评查", "组织执法人员专题培训"]) {
      const taskRow = page.locator("tbody tr").filter({ has: page.getByRole("link", { name: title, exact: true }) });
      await see(taskRow);
      await seeText(taskRow.locator('[data-status="draft"]'), "草稿");
      expect(await taskRow.textContent()).toContain("2026年11月30日");
    }
    expect(await page.getByRole("link", { name: "严格执行执法全过程记录制度" }).count()).toBe(0);

    // The plan is listed with its counts.
    await page.goto("/plans");
    const planRow = page.locator("tbody tr").filter({ has: page.getByRole("link", { name: "梁园区2026年行政执法规范化工作方案" }) });
    await see(planRow);
    expect((await planRow.locator("td").allTextContents()).map((text) => text.trim())).toEqual(
      expect.arrayContaining(["2026", "执行中", "6", "3"]),
    );
  });

  it("reads an uploaded .txt on a phone-sized screen without scrolling sideways", async () => {
    const page = await browser.newPage({ width: 375, height: 800 });
    await signInAs(page, "supervisor", PASSWORD);
    await page.waitForURL("**/workbench");
    await page.goto("/plans/import");
    await page.locator('input[type="file"]').setInputFiles({ name: "工作方案.txt", mimeType: "text/plain", buffer: Buffer.from(WORK_PLAN, "utf8") });
    await see(page.getByText(/已读取 工作方案\.txt/));
    expect(await page.getByLabel("文档内容").inputValue()).toBe(WORK_PLAN);
    await page.getByRole("button", { name: "解析", exact: true }).click();
    await see(page.getByRole("heading", { name: "第二步：核对条目" }));
    await page.getByRole("button", { name: "全部折叠" }).click();
    expect(await page.getByRole("textbox", { name: "1. 的标题" }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // A refused file says why, in Chinese, and keeps the text.
    await page.getByRole("button", { name: "返回修改文本" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "返回" }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: "方案.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await see(page.getByText(/无法读取这个 PDF 文件/));
    expect(await page.getByLabel("文档内容").inputValue()).toBe(WORK_PLAN);
  });
});
