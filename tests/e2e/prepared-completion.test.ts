import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { see, seeText, signInAs, skipReason, useBrowser } from "./support/browser";
import { sidewaysOverflow } from "./support/main-pages";

const PASSWORD = "Demo#2026";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/**
 * A task the officer may prepare a 办结申请 for. Taken from the end of the due-date list, so
 * the workflow test (which takes the first) and this one do not reach for the same task.
 */
async function openPreparableTask(page: Page): Promise<void> {
  await page.goto("/tasks?status=in_progress&sort=due");
  // The list streams in after the page's frame.
  await page.locator('main a[href^="/tasks/"][href*="-"]').first().waitFor();
  const hrefs = await page.locator('main a[href^="/tasks/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  for (const href of [...new Set(hrefs.filter((h) => /^\/tasks\/[0-9a-f-]{36}$/.test(h)))].reverse()) {
    await page.goto(href);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    if (await page.getByTestId("prepare-completion").count()) return;
  }
  throw new Error("no task the officer may prepare a completion request for");
}

describe.skipIf(!!skipReason())("a prepared 办结申请 on a phone", () => {
  const browser = useBrowser();

  it("the officer prepares note and evidence; the head submits it in one click (375 px)", async () => {
    const officer = await browser.newPage({ width: 375, height: 900 });
    await signInAs(officer, "sfj_officer", PASSWORD);
    await officer.waitForURL("**/workbench");
    await openPreparableTask(officer);
    const taskUrl = officer.url();
    const form = officer.getByTestId("prepare-completion");
    await form.getByRole("button", { name: "保存办结申请" }).click();
    await seeText(form, "请填写办结说明");
    await form.getByLabel("办结说明").fill("整改任务已全部完成，相关制度已印发执行。");
    await form.locator('input[type="file"]').setInputFiles({ name: "印发文件.pdf", mimeType: "application/pdf", buffer: PDF });
    await see(form.getByText(/已上传/));
    await form.getByRole("button", { name: "保存办结申请" }).click();
    await see(officer.getByText("办结申请已准备好，已通知单位负责人"));
    await seeText(officer.getByTestId("completion-draft"), "待单位负责人一键提交");
    expect(await sidewaysOverflow(officer)).toBeLessThanOrEqual(0);

    const head = await browser.newPage({ width: 375, height: 900 });
    await signInAs(head, "sfj_head", PASSWORD);
    await head.waitForURL("**/workbench");
    await head.goto(taskUrl);
    const card = head.getByTestId("completion-draft");
    await seeText(card, "联络员已准备办结申请");
    await seeText(card, "整改任务已全部完成");
    await see(card.getByRole("link", { name: /印发文件\.pdf/ }));
    await card.getByRole("button", { name: "一键提交" }).click();
    await see(head.getByText("已申请办结，待督查室审核"));
    await see(head.locator('[data-status="submitted"]'));
    // The note and its evidence are now the task's completion request.
    await see(head.getByRole("link", { name: /印发文件\.pdf/ }));
    expect(await sidewaysOverflow(head)).toBeLessThanOrEqual(0);
  });
});
