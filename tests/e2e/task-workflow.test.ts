import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { see, seeText, signInAs, skipReason, useBrowser } from "./support/browser";

const PASSWORD = "Demo#2026";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** Opens the first listed task that 区司法局 leads (so its head may act and other departments may not see it). */
async function openFirstTask(page: Page, query: string): Promise<string> {
  await page.goto(`/tasks?${query}`);
  const row = page.locator("tbody tr").filter({ has: page.getByRole("cell", { name: "区司法局", exact: true }) });
  const link = row.locator("a").first();
  await link.waitFor();
  const title = (await link.textContent())!.trim();
  await link.click();
  await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
  return title;
}

async function takeAction(page: Page, label: string, confirm: string, text?: string) {
  await page.getByTestId("task-actions").getByRole("button", { name: label, exact: true }).click();
  const dialog = page.getByRole("dialog");
  if (text !== undefined) await dialog.getByRole("textbox").fill(text);
  await dialog.getByRole("button", { name: confirm }).click();
  await dialog.waitFor({ state: "hidden" });
}

describe.skipIf(!!skipReason())("task workflow in the browser", () => {
  const browser = useBrowser();

  it("officer reports with a file, head submits, supervisor sends back, department resubmits, supervisor approves", async () => {
    const officer = await browser.newPage();
    await signInAs(officer, "sfj_officer", PASSWORD);
    await officer.waitForURL("**/workbench");
    const title = await openFirstTask(officer, "status=in_progress&sort=due");
    const taskUrl = officer.url();

    await officer.getByLabel("完成进度（%）").fill("100");
    await officer.getByLabel("进展情况").fill("已完成全部整改工作，制度文件已印发。");
    await officer.getByRole("form", { name: "报送进展" }).locator('input[type="file"]').setInputFiles({ name: "整改报告.pdf", mimeType: "application/pdf", buffer: PDF });
    await see(officer.getByText(/已上传/));
    await officer.getByRole("button", { name: "报送", exact: true }).click();
    await see(officer.getByRole("link", { name: /整改报告\.pdf/ }));
    await seeText(officer.locator("ol li").first(), /已完成全部整改工作/);
    // The 联络员 cannot submit or ask for more time, and is told who can.
    await seeText(officer.getByTestId("who-can"), /申请办结.*由单位负责人办理/);

    const head = await browser.newPage();
    await signInAs(head, "sfj_head", PASSWORD);
    await head.waitForURL("**/workbench");
    await head.goto(taskUrl);
    await takeAction(head, "申请办结", "提交审核", "整改已完成，请审核。");
    await see(head.locator('[data-status="submitted"]'));
    // Every action says it was done (a toast), not only a page that changes silently.
    await see(head.getByText("已申请办结，等待审核"));

    const supervisor = await browser.newPage();
    await signInAs(supervisor, "supervisor", PASSWORD);
    await supervisor.waitForURL("**/workbench");
    await supervisor.goto(taskUrl);
    // A reason is required: confirming without one shows the message and changes nothing.
    await supervisor.getByTestId("task-actions").getByRole("button", { name: "退回整改", exact: true }).click();
    await supervisor.getByRole("dialog").getByRole("button", { name: "确认退回整改" }).click();
    await see(supervisor.getByRole("dialog").getByText("请填写理由"));
    await supervisor.getByRole("dialog").getByRole("textbox").fill("佐证材料缺少印发文件");
    await supervisor.getByRole("dialog").getByRole("button", { name: "确认退回整改" }).click();
    await see(supervisor.locator('[data-status="in_progress"]'));
    await see(supervisor.getByText("佐证材料缺少印发文件"));

    await head.reload();
    await takeAction(head, "申请办结", "提交审核", "已补充印发文件。");
    await see(head.locator('[data-status="submitted"]'));

    await supervisor.reload();
    await takeAction(supervisor, "审核通过", "确认通过");
    await see(supervisor.locator('[data-status="completed"]'));
    await see(supervisor.getByText("已审核通过，任务办结"));
    expect(await supervisor.locator("h1").textContent()).toBe(title);

    // The evidence downloads as an attachment for someone who may see the task.
    const download = supervisor.waitForEvent("download");
    await supervisor.getByRole("link", { name: /整改报告\.pdf/ }).first().click();
    expect((await download).suggestedFilename()).toBe("整改报告.pdf");
  });

  it("the leader lands on the overdue list and opens a task from it", async () => {
    const leader = await browser.newPage();
    await signInAs(leader, "leader", PASSWORD);
    await leader.waitForURL("**/tasks/overdue");
    await see(leader.getByRole("heading", { name: "逾期清单" }));
    const first = leader.locator("tbody tr a").first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await leader.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
    await seeText(leader.locator("h1"), title);
    await see(leader.locator('[data-warning="red"]'));
    // A leader changes nothing: no action buttons.
    expect(await leader.getByTestId("task-actions").count()).toBe(0);
  });

  it("a user of another department gets not-found for a task it does not share", async () => {
    const sfj = await browser.newPage();
    await signInAs(sfj, "sfj_officer", PASSWORD);
    await sfj.waitForURL("**/workbench");
    await openFirstTask(sfj, "");
    const url = sfj.url();
    const scj = await browser.newPage();
    await signInAs(scj, "scj_officer", PASSWORD);
    await scj.waitForURL("**/workbench");
    await scj.goto(url);
    await see(scj.getByRole("heading", { name: "页面不存在" }));
    expect(await scj.getByText("完成进度（%）").count()).toBe(0);
  });

  it("the task list pages forward and back at the chosen size, and a task's breadcrumb leads back to the list", async () => {
    const page = await browser.newPage();
    await signInAs(page, "supervisor", PASSWORD);
    await page.waitForURL("**/workbench");
    await page.goto("/tasks");
    await page.getByRole("link", { name: "每页 20 条" }).click();
    await page.waitForURL("**/tasks?size=20");
    const ids = () => page.locator("tbody tr[data-task-id]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-task-id")));
    await expect.poll(async () => (await ids()).length).toBe(20);
    await page.getByRole("link", { name: "下一页" }).click();
    await page.waitForURL((url) => url.searchParams.has("cursor"));
    await expect.poll(async () => (await ids()).length).toBe(20);
    const second = await ids();
    await page.getByRole("link", { name: "下一页" }).click();
    await page.waitForURL((url) => url.searchParams.has("back"));
    await page.getByRole("link", { name: "上一页" }).click();
    await page.waitForURL((url) => url.searchParams.has("cursor") && !url.searchParams.has("back"));
    await expect.poll(ids).toEqual(second);

    await page.locator("tbody tr[data-task-id] a").first().click();
    await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
    await page.getByRole("navigation", { name: "位置" }).getByRole("link", { name: "任务", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/tasks");
  });
});
