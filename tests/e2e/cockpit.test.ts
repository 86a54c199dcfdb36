import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { see, seeText, signInAs, skipReason, useBrowser } from "./support/browser";

const PASSWORD = "Demo#2026";
const DEMO_PLAN = "梁园区2022年度法治政府建设工作安排";

async function listTotal(page: Page): Promise<number> {
  const text = await page.getByText(/^共 \d+ 项$/).first().textContent();
  return Number(text!.match(/\d+/)![0]);
}

describe.skipIf(!!skipReason())("cockpit and workbenches in the browser", () => {
  const browser = useBrowser();

  it("the cockpit's figures match the task list they link to", async () => {
    const leader = await browser.newPage();
    await signInAs(leader, "leader", PASSWORD);
    await leader.waitForURL("**/tasks/overdue");
    await leader.goto("/cockpit");
    await see(leader.getByRole("heading", { name: "领导驾驶舱" }));
    for (const tile of ["tile-red", "tile-yellow", "tile-green", "tile-total", "tile-completed"]) {
      await leader.goto("/cockpit");
      const value = Number(await leader.getByTestId(tile).locator("[data-value]").getAttribute("data-value"));
      await leader.getByTestId(tile).click();
      await leader.waitForURL("**/tasks?**");
      expect(await listTotal(leader), tile).toBe(value);
    }
    // Drill-down: a department's overdue figure in the ranking is its overdue list.
    await leader.goto("/cockpit");
    const link = leader.getByTestId("rank-overdue").first();
    const overdue = Number(await link.textContent());
    await link.click();
    await leader.waitForURL("**/tasks?**");
    expect(await listTotal(leader)).toBe(overdue);
    // The charts are drawn (canvas) and also given as tables.
    await leader.goto("/cockpit");
    await see(leader.locator("canvas").first());
  });

  it("示范创建: a supervisor starts a demonstration project; its task shows the stages and the cockpit its late stage, on a phone", async () => {
    const page = await browser.newPage({ width: 375, height: 800 });
    await signInAs(page, "supervisor", PASSWORD);
    await page.waitForURL("**/workbench");
    await page.goto("/plans");
    await page.getByRole("link", { name: DEMO_PLAN }).first().click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    await page.getByRole("button", { name: "新建示范创建项目" }).click();
    const dialog = page.getByRole("dialog");
    const title = "创建省级法治政府建设示范项目（浏览器测试）";
    await dialog.getByLabel("项目名称").fill(title);
    await dialog.getByLabel("牵头单位").selectOption({ label: "区司法局" });
    await dialog.getByLabel("申报").fill("2020-01-31");
    await dialog.getByLabel("命名").fill("2030-12-31");
    await dialog.getByRole("button", { name: "确定" }).click();
    await page.getByRole("link", { name: title }).click();
    await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
    const stepper = page.getByTestId("demonstration-stepper");
    await seeText(stepper.locator('[aria-current="step"]'), /申报[\s\S]*当前阶段[\s\S]*已逾期/);
    expect(await stepper.locator("li[data-stage]").allTextContents()).toHaveLength(5);
    // Axe on a fresh load: the dialog's success toast (shared styling) is not this page's.
    await page.reload();
    await see(stepper);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto("/cockpit");
    const row = page.getByTestId("demonstration-card").getByText(title);
    await see(row);
    await seeText(page.getByTestId("demonstration-card"), /申报[\s\S]*已逾期/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("a department head's workbench lists what the department must do", async () => {
    const head = await browser.newPage();
    await signInAs(head, "sfj_head", PASSWORD);
    await head.waitForURL("**/workbench");
    await see(head.getByRole("heading", { name: "工作台" }));
    for (const section of ["to-sign", "warned", "due-this-week", "returned", "notices-to-sign", "notices-to-answer"]) {
      await see(head.getByTestId(section));
    }
    const toSign = Number(await head.getByTestId("to-sign-total").textContent());
    if (toSign > 0) {
      await head.getByTestId("to-sign").getByRole("link", { name: "查看全部" }).click();
      await head.waitForURL("**/tasks?**");
      expect(await listTotal(head)).toBe(toSign);
    }
  });

  it("a supervisor's console lists submissions, extensions, answers and the red list", async () => {
    const supervisor = await browser.newPage();
    await signInAs(supervisor, "supervisor", PASSWORD);
    await supervisor.waitForURL("**/workbench");
    await see(supervisor.getByRole("heading", { name: "督办台" }));
    for (const section of ["to-review", "extensions", "awaiting-answer", "to-close", "drafts", "red-list"]) {
      await see(supervisor.getByTestId(section));
    }
    // Every task on the red list says how late it is (红灯 means overdue).
    const redItems = await supervisor.getByTestId("red-list").locator("li").count();
    expect(redItems).toBeGreaterThan(0);
    expect(await supervisor.getByTestId("red-list").getByTestId("days-overdue").count()).toBe(redItems);
    await seeText(supervisor.getByTestId("red-list").getByTestId("days-overdue").first(), /^逾期\d+天$/);
    const review = Number(await supervisor.getByTestId("to-review-total").textContent());
    expect(review).toBeGreaterThan(0);
    await supervisor.getByTestId("to-review").getByRole("link", { name: "查看全部" }).click();
    await supervisor.waitForURL("**/tasks?**");
    expect(await listTotal(supervisor)).toBe(review);
  });

  it("the annual assessment lists every department and exports a workbook", async () => {
    const supervisor = await browser.newPage();
    await signInAs(supervisor, "supervisor", PASSWORD);
    await supervisor.waitForURL("**/workbench");
    await supervisor.goto("/cockpit");
    await supervisor.getByRole("link", { name: "年度考核", exact: true }).click();
    await supervisor.waitForURL("**/assessment");
    await see(supervisor.locator('tr[data-department="区司法局"]'));
    const download = supervisor.waitForEvent("download");
    await supervisor.getByRole("button", { name: "导出考核表", exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/年度考核\.xlsx$/);
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    // Every department is in the workbook: the ranked ones, then those with no task (无考核任务, unranked).
    const ranked = await supervisor.locator("tbody tr").count();
    const apart = await supervisor.getByTestId("unassessed").locator("li").count();
    expect(workbook.getWorksheet("考核汇总")!.rowCount).toBe(ranked + apart + 1);
    if (apart > 0) expect(workbook.getWorksheet("考核汇总")!.getRow(ranked + 2).getCell(1).value).toBe("无考核任务");
  });
});
