import { describe, expect, it } from "vitest";
import { see, signInAs, skipReason, useBrowser } from "./support/browser";

const PASSWORD = "Demo#2026";

describe.skipIf(!!skipReason())("考核 in the browser", () => {
  const browser = useBrowser();

  it("shows the scores, and a department's items when it is opened (ADR 021)", async () => {
    const leader = await browser.newPage();
    await signInAs(leader, "leader", PASSWORD);
    await leader.waitForURL("**/tasks/overdue");
    await leader.goto("/assessment");
    const years = await leader.locator('nav a[href^="/assessment?year="]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    let opened = false;
    for (const href of years.reverse()) {
      await leader.goto(href);
      const department = leader.locator('tbody a[href*="department="]').first();
      if ((await department.count()) === 0) continue;
      const name = (await department.textContent())!;
      await department.click();
      await leader.waitForURL("**department=**");
      const row = leader.locator(`tr[data-department="${name}"]`);
      await see(row.locator("details[open] li").first());
      expect(await row.locator("details[open] li").count()).toBeGreaterThan(0);
      opened = true;
      break;
    }
    expect(opened, "some year has a department with points").toBe(true);
  });
});
