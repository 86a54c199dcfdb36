import { describe, expect, it } from "vitest";
import { gone, see, seeText, signInAs, skipReason, useBrowser } from "./support/browser";

const PASSWORD = "Demo#2026";
const ACCOUNTS = [
  { account: "admin", phone: "13800000001", home: "/workbench", nav: ["工作台", "任务", "督办", "工作方案", "指标覆盖", "驾驶舱", "管理"] },
  { account: "supervisor", phone: "13800000002", home: "/workbench", nav: ["工作台", "任务", "督办", "工作方案", "指标覆盖", "驾驶舱"] },
  { account: "leader", phone: "13800000003", home: "/tasks/overdue", nav: ["任务", "督办", "工作方案", "指标覆盖", "驾驶舱"] },
  { account: "sfj_head", phone: "13800000004", home: "/workbench", nav: ["工作台", "任务", "督办"] },
  { account: "sfj_officer", phone: "13800000005", home: "/workbench", nav: ["工作台", "任务", "督办"] },
  { account: "scj_officer", phone: "13800000006", home: "/workbench", nav: ["工作台", "任务", "督办"] },
];

describe.skipIf(!!skipReason())("signing in", () => {
  const browser = useBrowser();

  for (const { account, phone, home, nav } of ACCOUNTS) {
    for (const method of ["account", "phone"] as const) {
      it(`${account} signs in by ${method} and sees its navigation`, async () => {
        const page = await browser.newPage();
        await signInAs(page, method === "account" ? account : phone, PASSWORD, method);
        await page.waitForURL(`**${home}`);
        const navigation = page.getByRole("navigation", { name: "主导航" });
        const links = await navigation.getByRole("link").allTextContents();
        expect(links.map((l) => l.trim())).toEqual(nav);
        await page.getByRole("button", { name: "退出" }).click();
        await page.waitForURL("**/login**");
      });
    }
  }

  it("shows the same message for a wrong password and an unknown account", async () => {
    const page = await browser.newPage();
    await signInAs(page, "leader", "Wrong#2026");
    await seeText(page.getByRole("alert"), "账号或密码错误");
    await signInAs(page, "no_such_user", "Wrong#2026");
    await seeText(page.getByRole("alert"), "账号或密码错误");
    expect(page.url()).toContain("/login");
  });

  it("shows field errors before sending an empty form", async () => {
    const page = await browser.newPage();
    await page.goto("/login");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await see(page.getByText("此项必填").first());
  });

  it("works on a phone-sized screen: the menu opens the navigation", async () => {
    const page = await browser.newPage({ width: 375, height: 740 });
    await signInAs(page, "sfj_head", PASSWORD);
    await page.waitForURL("**/workbench");
    const menu = page.getByRole("button", { name: "打开菜单" });
    const drawer = page.getByRole("dialog");
    // A modal <dialog>: the focus moves into it, Escape closes it and gives the focus back.
    await menu.click();
    await see(drawer.getByRole("navigation", { name: "主导航" }));
    expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await gone(drawer);
    expect(await menu.evaluate((b) => b === document.activeElement)).toBe(true);
    await menu.click();
    await drawer.getByRole("link", { name: "任务" }).click();
    await page.waitForURL("**/tasks");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("switches to English and back", async () => {
    const page = await browser.newPage();
    await page.goto("/login");
    await page.getByRole("button", { name: "English" }).click();
    await see(page.getByRole("tab", { name: "Account" }));
    await page.getByRole("button", { name: "中文" }).click();
    await see(page.getByRole("tab", { name: "账号登录" }));
  });

  it("sends an anonymous visitor to the sign-in page", async () => {
    const page = await browser.newPage();
    await page.goto("/admin/users");
    await page.waitForURL("**/login**");
  });
});
