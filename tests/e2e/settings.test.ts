import { describe, expect, it } from "vitest";
import { see, seeText, signInAs, skipReason, useBrowser } from "./support/browser";

describe.skipIf(!!skipReason())("personal settings in the browser", () => {
  const browser = useBrowser();

  it("a department officer creates an API token, sees its secret once, and revokes it after confirming", async () => {
    const page = await browser.newPage();
    await signInAs(page, "scj_officer", "Demo#2026");
    await page.waitForURL("**/workbench");
    await page.goto("/settings");
    await page.getByRole("button", { name: "创建令牌" }).click();
    await see(page.getByText("此项必填").first());

    await page.getByLabel("名称").fill("省平台数据对接");
    await page.getByLabel("有效期").selectOption({ label: "90 天" });
    // Re-authentication: a wrong password is refused beside the field, the right one creates the token.
    await page.getByLabel("验证当前密码").fill("Wrong#2026");
    await page.getByRole("button", { name: "创建令牌" }).click();
    await see(page.getByText("当前密码不正确"));
    await page.getByLabel("验证当前密码").fill("Demo#2026");
    await page.getByRole("button", { name: "创建令牌" }).click();
    const secret = page.getByTestId("new-token");
    await see(secret);
    const token = (await secret.textContent()) ?? "";
    expect(token).toMatch(/^ddt_[\w-]{43}$/);
    // The token works at the API on its own, without the page's cookies.
    const api = await browser.newPage();
    const me = await api.request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ login: "scj_officer", roles: ["dept_officer"] });
    const row = page.locator('tr[data-token="省平台数据对接"]');
    await seeText(row, /有效/);

    await row.getByRole("button", { name: "撤销" }).click();
    const dialog = page.getByRole("alertdialog");
    await seeText(dialog, /撤销令牌“省平台数据对接”/);
    await dialog.getByRole("button", { name: "撤销" }).click();
    await seeText(row, /已撤销/);
    expect(await row.getByRole("button", { name: "撤销" }).count()).toBe(0);
    const afterRevoke = await api.request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
    expect(afterRevoke.status()).toBe(401);
  });
});
