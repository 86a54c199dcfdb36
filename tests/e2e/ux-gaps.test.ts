import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { see, seeText, signInAs, skipReason, useBrowser } from "./support/browser";
import { detailPages } from "./support/main-pages";

const PASSWORD = "Demo#2026";
const SHOTS = path.join(process.cwd(), ".data", "test-results", "ux");
const WIDTHS = [375, 1366] as const;

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

describe.skipIf(!!skipReason())("issue 12, remaining gaps", () => {
  const browser = useBrowser();

  it("tells the attempts left from the third failed sign-in on, alike for any name", async () => {
    const page = await browser.newPage({ width: 375, height: 800 });
    for (let i = 1; i <= 3; i++) {
      await signInAs(page, "no_such_person_e2e", `Wrong#${i}`);
      await seeText(page.getByRole("alert"), i < 3 ? /^账号或密码错误；/ : "再输错 2 次");
    }
    await shoot(page, "sign-in-attempts-375");
  });

  it("keeps the chosen page size when the task filters are applied or cleared", async () => {
    const page = await browser.newPage();
    await signInAs(page, "supervisor", PASSWORD);
    await page.waitForURL("**/workbench");
    await page.goto("/tasks?size=20");
    await page.getByRole("search", { name: "筛选任务" }).getByRole("button", { name: "查询" }).click();
    await page.waitForURL(/\/tasks\?.*size=20/);
    await page.getByRole("link", { name: "清除" }).first().click();
    await page.waitForURL(/\/tasks\?size=20$/);
  });

  for (const width of WIDTHS) {
    it(`filters the inbox by kind at ${width} px`, async () => {
      const page = await browser.newPage({ width, height: 900 });
      await signInAs(page, "sfj_head", PASSWORD);
      await page.waitForURL("**/workbench");
      await page.goto("/notifications");
      const filter = page.getByRole("navigation", { name: "按类别筛选消息" });
      await filter.getByRole("link", { name: "任务", exact: true }).click();
      await page.waitForURL("**/notifications?kind=task");
      await see(filter.getByRole("link", { name: "任务", exact: true }).and(page.locator('[aria-current="true"]')));
      await shoot(page, `notifications-${width}`);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });

    it(`shows the audit log in words at ${width} px`, async () => {
      const page = await browser.newPage({ width, height: 900 });
      await signInAs(page, "admin", PASSWORD);
      await page.waitForURL("**/admin");
      await page.goto("/admin/audit?category=auth");
      const row = page.locator('[data-action="auth.sign_in"]').first();
      await seeText(row, "登录");
      await see(row.locator("dt", { hasText: "登录名" }));
      await see(row.locator("dd", { hasText: "admin" }));
      // The raw record is one click away, not on screen.
      expect(await row.locator("pre").isVisible()).toBe(false);
      await shoot(page, `audit-${width}`);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  }

  it("a button that cannot be used yet says why, to the keyboard and to screen readers", async () => {
    const page = await browser.newPage({ width: 375, height: 900 });
    await signInAs(page, "leader", PASSWORD);
    await page.waitForURL("**/tasks/overdue");
    const [task] = await detailPages(page);
    await page.goto(task!);
    const submit = page.getByRole("button", { name: "批示", exact: true });
    await submit.scrollIntoViewIfNeeded();
    expect(await submit.getAttribute("aria-disabled")).toBe("true");
    const describedBy = await submit.getAttribute("aria-describedby");
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe("请先填写批示内容");
    await submit.focus();
    await seeText(page.getByRole("tooltip"), "请先填写批示内容");
    await shoot(page, "why-disabled-375");
    // Once there is text, it is an ordinary button again.
    await page.getByLabel("批示内容").fill("请加快进度。");
    expect(await submit.getAttribute("aria-disabled")).toBeNull();
  });

  it("an export shows that it is working and saves the file under its own name", async () => {
    const page = await browser.newPage();
    await signInAs(page, "supervisor", PASSWORD);
    await page.waitForURL("**/workbench");
    await page.goto("/tasks");
    const button = page.getByRole("button", { name: "导出台账", exact: true });
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(await button.isEnabled()).toBe(true);
  });
});
