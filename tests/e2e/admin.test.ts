import { describe, expect, it } from "vitest";
import { gone, see, seeText, signInAs, skipReason, useBrowser } from "./support/browser";

describe.skipIf(!!skipReason())("administration in the browser", () => {
  const browser = useBrowser();

  it("an admin creates an account that then signs in; wrong passwords lock it", async () => {
    const admin = await browser.newPage();
    await signInAs(admin, "admin", "Demo#2026");
    await admin.waitForURL("**/workbench");
    await admin.goto("/admin/users");
    await admin.getByRole("button", { name: "新增账号" }).click();
    const dialog = admin.getByRole("dialog");
    await dialog.getByLabel("账号").fill("e2e_officer");
    await dialog.getByLabel("姓名").fill("测试联络员");
    await dialog.getByLabel("单位", { exact: true }).selectOption({ label: "区财政局" });
    await dialog.getByRole("checkbox", { name: "联络员" }).check();
    // A weak password is refused beside the field and nothing is created.
    await dialog.getByLabel("初始密码").fill("weakpass");
    await dialog.getByRole("button", { name: "保存" }).click();
    await see(dialog.getByText("密码须包含大写字母、小写字母、数字、符号中的至少三类"));
    await dialog.getByLabel("初始密码").fill("E2e#Pass2026");
    await dialog.getByRole("button", { name: "保存" }).click();
    await gone(dialog);
    await seeText(admin.locator('tr[data-account="e2e_officer"]'), new RegExp("区财政局"));

    const user = await browser.newPage();
    await signInAs(user, "e2e_officer", "E2e#Pass2026");
    await user.waitForURL("**/workbench");
    await seeText(user.getByTestId("current-user"), new RegExp("测试联络员"));

    const attacker = await browser.newPage();
    for (let i = 0; i < 4; i++) {
      await signInAs(attacker, "e2e_officer", `Wrong#${i}`);
      await seeText(attacker.getByRole("alert"), "账号或密码错误");
    }
    await signInAs(attacker, "e2e_officer", "Wrong#5");
    // Locked now, but the answer does not say so (issue 11: it would tell a real account
    // from an unknown one): the right password gets the same message while the lock lasts.
    await seeText(attacker.getByRole("alert"), "账号或密码错误");
    await signInAs(attacker, "e2e_officer", "E2e#Pass2026");
    await seeText(attacker.getByRole("alert"), "账号或密码错误");
    expect(attacker.url()).toContain("/login");
    await admin.reload();
    await seeText(admin.locator('tr[data-account="e2e_officer"]'), new RegExp("已锁定"));
  });

  it("an admin adds and renames a department; a duplicate name is refused beside the field", async () => {
    const admin = await browser.newPage();
    await signInAs(admin, "admin", "Demo#2026");
    await admin.waitForURL("**/workbench");
    await admin.goto("/admin/departments");
    await admin.getByRole("button", { name: "新增单位" }).click();
    let dialog = admin.getByRole("dialog");
    await dialog.getByLabel("单位名称").fill("区司法局");
    await dialog.getByRole("button", { name: "保存" }).click();
    await see(dialog.getByText("该名称已存在"));
    await dialog.getByLabel("单位名称").fill("区统计局");
    await dialog.getByRole("button", { name: "保存" }).click();
    await gone(dialog);
    await admin.getByRole("button", { name: "编辑 区统计局" }).click();
    dialog = admin.getByRole("dialog");
    await dialog.getByLabel("单位名称").fill("区统计调查局");
    await dialog.getByRole("button", { name: "保存" }).click();
    await see(admin.getByRole("cell", { name: "区统计调查局" }));
  });

  it("a visitor files a registration that the admin approves", async () => {
    const visitor = await browser.newPage();
    await visitor.goto("/login");
    await visitor.getByRole("link", { name: "立即注册" }).click();
    await visitor.waitForURL("**/register");
    await see(visitor.getByRole("heading", { name: "注册申请" }));
    await visitor.getByLabel("账号").fill("e2e_applicant");
    await visitor.getByLabel("姓名").fill("申请人");
    await visitor.getByLabel("所在单位").selectOption({ label: "区审计局" });
    await visitor.getByLabel("密码", { exact: true }).fill("Apply#2026");
    await visitor.getByLabel("确认密码").fill("Apply#2026");
    await visitor.getByRole("button", { name: "提交注册申请" }).click();
    await visitor.waitForURL("**/login?registered=1");
    await signInAs(visitor, "e2e_applicant", "Apply#2026");
    await seeText(visitor.getByRole("alert"), new RegExp("审核"));

    const admin = await browser.newPage();
    await signInAs(admin, "admin", "Demo#2026");
    await admin.waitForURL("**/workbench");
    await admin.goto("/admin/users?status=pending");
    await admin.getByRole("button", { name: "审核通过 e2e_applicant" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "审核通过" }).click();
    await gone(admin.getByRole("dialog"));

    await signInAs(visitor, "e2e_applicant", "Apply#2026");
    await visitor.waitForURL("**/workbench");
    expect(visitor.url()).toContain("/workbench");
  });
  it("an admin reads the audit log, finds an export by filtering, and verifies the chain", async () => {
    const admin = await browser.newPage();
    await signInAs(admin, "admin", "Demo#2026");
    await admin.waitForURL("**/workbench");
    const download = await admin.request.get("/api/tasks/export?overdue=true");
    expect(download.status()).toBe(200);

    await admin.goto("/admin");
    await admin.getByRole("link", { name: "审计日志", exact: true }).click();
    await admin.waitForURL("**/admin/audit");
    await see(admin.locator('tr[data-action="auth.sign_in"]'));
    await admin.getByLabel("类别").selectOption({ label: "数据导出" });
    await admin.getByRole("button", { name: "筛选" }).click();
    await admin.waitForURL("**/admin/audit?category=export*");
    const row = admin.locator('tr[data-action="export.tasks"]').first();
    await seeText(row, /系统管理员|admin/);
    await row.getByText("查看").click();
    await seeText(row.locator("pre"), /overdue/);
    expect(await admin.locator('tr[data-action^="auth."]').count()).toBe(0);

    await admin.getByRole("button", { name: "校验完整性" }).click();
    await seeText(admin.getByRole("status").filter({ hasText: "哈希链" }), /哈希链完整：已校验 \d+ 条记录/);
  });
});
