import { describe, expect, it } from "vitest";
import { see, signInAs, skipReason, useBrowser } from "./support/browser";

const PASSWORD = "Demo#2026";
const DEMO_PLAN = "梁园区2022年度法治政府建设工作安排";

describe.skipIf(!!skipReason())("年度结转 in the browser", () => {
  const browser = useBrowser();

  it("a supervisor previews the rollover on a phone, carries one draft into 2023, and both tasks link to each other", async () => {
    const page = await browser.newPage({ width: 375, height: 800 });
    await signInAs(page, "supervisor", PASSWORD);
    await page.waitForURL("**/workbench");
    await page.goto("/plans");
    await page.getByRole("link", { name: DEMO_PLAN }).first().click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    const planUrl = page.url();
    await page.getByRole("link", { name: "年度结转" }).click();
    await page.waitForURL(`${planUrl}/rollover`);
    await see(page.getByTestId("rollover-target"));
    expect(await page.getByTestId("rollover-target").textContent()).toContain("2023");
    const rows = page.getByTestId("rollover-items").locator("li");
    const total = await rows.count();
    expect(total).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // Only one draft moves (other e2e files read the demo plan's open tasks): untick all, tick it, choose 年底.
    await page.getByLabel("全选").uncheck();
    await see(page.getByTestId("rollover-selected").getByText(`已选 0 / ${total} 项`));
    const draft = rows.filter({ hasText: "草稿" }).first();
    const oldHref = (await draft.getByRole("link").first().getAttribute("href"))!;
    const title = (await draft.getByRole("link").first().textContent())!.trim();
    await draft.getByRole("checkbox").check();
    await draft.getByRole("combobox").selectOption("yearEnd");
    await page.getByTestId("rollover-confirm").click();
    await see(page.getByRole("alertdialog").getByText("确认结转 1 项任务？"));
    await page.getByRole("alertdialog").getByRole("button", { name: "确认结转" }).click();
    await see(page.getByTestId("rollover-result").getByText(/已结转 1 项/));

    // The old task is 已结转 and names its successor; the successor names it back.
    await page.goto(oldHref);
    await see(page.getByText("已结转").first());
    await page.getByTestId("carried-to").getByRole("link", { name: "接续任务" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/tasks/") && url.pathname !== oldHref);
    await see(page.getByRole("heading", { name: title }).first());
    await see(page.getByTestId("carried-from").getByText("由上一年度任务结转而来"));
    await see(page.getByTestId("carried-from").getByRole("link", { name: title }));

    // Running it again offers the task no more.
    await page.goto(`${planUrl}/rollover`);
    await see(page.getByTestId("rollover-items"));
    expect(await page.getByTestId("rollover-items").locator("li").count()).toBe(total - 1);
  });

  it("is not offered to a department", async () => {
    const page = await browser.newPage({ width: 1366, height: 900 });
    await signInAs(page, "sfj_head", PASSWORD);
    await page.waitForURL("**/workbench");
    // The capability is checked before the plan is even looked up.
    const response = await page.goto("/plans/00000000-0000-4000-8000-000000000000/rollover");
    expect(response!.status()).toBe(403);
  });
});
