import { describe, expect, it } from "vitest";
import { see, signInAs, skipReason, useBrowser } from "./support/browser";

const PASSWORD = "Demo#2026";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

describe.skipIf(!!skipReason())("supervision notices in the browser", () => {
  const browser = useBrowser();

  it("a 催办通知 goes from an overdue task to the department and back, is closed, instructed on and printed", async () => {
    // The supervisor escalates an overdue task that 区司法局 leads.
    const supervisor = await browser.newPage();
    await signInAs(supervisor, "supervisor", PASSWORD);
    await supervisor.waitForURL("**/workbench");
    await supervisor.goto("/tasks/overdue");
    const row = supervisor.locator("tbody tr").filter({ has: supervisor.getByRole("cell", { name: "区司法局", exact: true }) }).first();
    const taskTitle = (await row.locator("a").first().textContent())!.trim();
    await row.locator("a").first().click();
    await supervisor.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
    const taskUrl = supervisor.url();
    await supervisor.getByTestId("escalate").click();
    await supervisor.waitForURL("**/notices/new**");
    await supervisor.getByLabel("类型").selectOption({ label: "催办通知" });
    await expect.poll(() => supervisor.getByLabel("标题").inputValue()).toContain("催办通知");
    // Issuing shows the printed notice and the number it will take first (issue 12).
    await supervisor.getByRole("button", { name: "预览并发出", exact: true }).click();
    const previewed = (await supervisor.getByTestId("preview-number").textContent())!.trim();
    expect(previewed).toMatch(/^梁法督〔\d{4}〕\d+号$/);
    await supervisor.getByRole("button", { name: `确认发出（文号 ${previewed}）` }).click();
    await supervisor.waitForURL(/\/notices\/[0-9a-f-]{36}$/);
    const noticeUrl = supervisor.url();
    const number = (await supervisor.locator("main p").first().textContent())!.trim();
    expect(number).toBe(previewed);

    // The department head sees the bell, opens the notice, signs it and answers with a file.
    const head = await browser.newPage();
    await signInAs(head, "sfj_head", PASSWORD);
    await head.waitForURL("**/workbench");
    await see(head.getByTestId("unread-count"));
    await head.getByTestId("notification-bell").click();
    await head.waitForURL("**/notifications");
    await head.getByRole("link", { name: new RegExp(`收到督办通知：${number.replace(/[〔〕]/g, ".")}`) }).first().click();
    await head.waitForURL(noticeUrl);
    await head.getByTestId("notice-actions").getByRole("button", { name: "签收" }).click();
    await see(head.locator('[data-notice-status="signed"]'));
    await head.getByLabel("反馈内容").fill("已召开专题会议部署整改，预计本月底前完成。");
    // A file that failed stops the answer, in words that say why (issue 10).
    await head.locator('input[type="file"]').setInputFiles({ name: "程序.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
    await see(head.getByText(/不支持此类文件/));
    await head.getByRole("button", { name: "提交反馈" }).click();
    await see(head.getByRole("alert").filter({ hasText: "有文件没有上传成功" }));
    await see(head.locator('[data-notice-status="signed"]'));
    await head.getByRole("button", { name: "移除 程序.exe" }).click();
    await head.locator('input[type="file"]').setInputFiles({ name: "整改方案.pdf", mimeType: "application/pdf", buffer: PDF });
    await see(head.getByText(/已上传/));
    await head.getByRole("button", { name: "提交反馈" }).click();
    await see(head.locator('[data-notice-status="responded"]'));
    await see(head.getByRole("link", { name: /整改方案\.pdf/ }));

    // The supervisor closes it.
    await supervisor.reload();
    await supervisor.getByTestId("notice-actions").getByRole("button", { name: "办结" }).click();
    await supervisor.getByRole("alertdialog").getByRole("button", { name: "办结" }).click();
    await see(supervisor.locator('[data-notice-status="closed"]'));

    // The leader instructs on the task; the department is told.
    const leader = await browser.newPage();
    await signInAs(leader, "leader", PASSWORD);
    await leader.waitForURL("**/tasks/overdue");
    await leader.goto(taskUrl);
    await leader.getByLabel("批示内容").fill("请司法局加大力度，确保按期完成。");
    await leader.getByRole("button", { name: "批示", exact: true }).click();
    await see(leader.getByText("请司法局加大力度，确保按期完成。"));
    const officer = await browser.newPage();
    await signInAs(officer, "sfj_officer", PASSWORD);
    await officer.waitForURL("**/workbench");
    await officer.goto("/notifications");
    await see(officer.getByRole("link", { name: `领导批示：${taskTitle}` }).first());

    // The notice prints on one A4 page.
    await leader.goto(`${noticeUrl}/print`);
    await see(leader.getByRole("heading", { level: 1 }));
    await leader.emulateMedia({ media: "print" });
    const pdf = await leader.pdf({ format: "A4", printBackground: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
  });

  it("a department sees its notices and circulars but not another department's", async () => {
    const scj = await browser.newPage();
    await signInAs(scj, "scj_officer", PASSWORD);
    await scj.waitForURL("**/workbench");
    await scj.goto("/notices");
    const recipients = await scj.locator("tbody tr td:nth-child(4)").allTextContents();
    expect(recipients.every((r) => r === "区市场监督管理局" || r === "全区各单位")).toBe(true);
  });
});
