import { describe, expect, it } from "vitest";
import { see, signInAs, skipReason, useBrowser } from "./support/browser";

const PASSWORD = "Demo#2026";

// 逾期清单 pages instead of stopping at a fixed number of rows (issue 17: a province has
// thousands of overdue tasks): the counts by department stay over all of them.
describe.skipIf(!!skipReason())("逾期清单's pages", () => {
  const browser = useBrowser();

  it("a leader on a phone follows a page past the end back to the first, and the order's links keep the page size", async () => {
    const page = await browser.newPage({ width: 375, height: 800 });
    await signInAs(page, "leader", PASSWORD);
    await page.waitForURL("**/tasks/overdue");
    await page.goto("/tasks/overdue?size=20&page=9999");
    const subtitle = page.getByText(/共 \d+ 项任务逾期/);
    await see(subtitle);
    const total = Number((await subtitle.textContent())!.match(/共 (\d+) 项/)![1]);
    expect(total).toBeGreaterThan(0);
    await see(page.getByText("这一页没有逾期任务"));
    await page.getByRole("link", { name: "回到第一页" }).click();
    await page.waitForURL(/\/tasks\/overdue\?size=20$/);
    await see(page.locator("tr[data-task-id]").first());
    expect(await page.locator("tr[data-task-id]").count()).toBe(Math.min(total, 20));
    const pages = page.getByRole("navigation", { name: "分页" });
    expect(await pages.getByRole("link", { name: "上一页" }).count()).toBe(0);
    expect(await pages.getByRole("link", { name: "下一页" }).count()).toBe(total > 20 ? 1 : 0);
    expect(await page.getByRole("link", { name: /牵头单位/ }).getAttribute("href")).toBe("/tasks/overdue?sort=department&size=20");
    // The phone's width holds the pager too.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
