import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { see, signInAs, skipReason, useBrowser } from "./support/browser";

const PASSWORD = "Demo#2026";
const SHOTS = path.join(process.cwd(), ".data", "test-results", "coverage");

describe.skipIf(!!skipReason())("覆盖与达成 in the browser", () => {
  const browser = useBrowser();

  it("a supervisor reaches the coverage view from the menu; each indicator's count is its task list's total", async () => {
    const page = await browser.newPage();
    await signInAs(page, "supervisor", PASSWORD);
    await page.waitForURL("**/workbench");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "指标覆盖", exact: true }).click();
    await page.waitForURL("**/indicators**");
    await see(page.getByRole("heading", { name: "覆盖与达成" }));
    await page.getByRole("link", { name: /1211/ }).first().click();
    await page.waitForURL("**/indicators?framework=**");
    const lever = page.locator('[data-indicator="A2"]').first();
    await see(lever);
    const total = Number(await lever.getByTestId("total").first().textContent());
    // The same count through the task list's own filter: tasks tagged with A2 or below it,
    // every status but cancelled (and 结转, which lives on as its successor).
    await page.goto("/tasks?indicator=1211%3AA2&status=draft,assigned,in_progress,submitted,completed");
    await see(page.getByText(/^共 \d+ 项$/).first());
    const listed = Number((await page.getByText(/^共 \d+ 项$/).first().textContent())!.match(/\d+/)![0]);
    expect(listed).toBe(total);
  });

  it("fits a 375 px phone, gaps marked", async () => {
    const page = await browser.newPage({ width: 375, height: 800 });
    await signInAs(page, "leader", PASSWORD);
    await page.waitForURL("**/tasks/overdue");
    await page.goto("/indicators");
    await see(page.getByRole("heading", { name: "覆盖与达成" }));
    await see(page.locator("[data-indicator]").first());
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, "coverage-375.png"), fullPage: true });
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
