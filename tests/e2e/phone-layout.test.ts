import { describe, expect, it } from "vitest";
import { signInAs, skipReason, useBrowser } from "./support/browser";
import { detailPages, PUBLIC_PAGES, ROLE_PAGES, sidewaysOverflow } from "./support/main-pages";

const PASSWORD = "Demo#2026";
const PHONE = { width: 375, height: 740 };

describe.skipIf(!!skipReason())("on a 375 px phone", () => {
  const browser = useBrowser();

  it("no page scrolls sideways, before or after signing in", async () => {
    const page = await browser.newPage(PHONE);
    const wide: string[] = [];
    for (const path of PUBLIC_PAGES) {
      await page.goto(path);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) wide.push(`${path} +${overflow}px`);
    }
    expect(wide).toEqual([]);
  });

  for (const { account, pages } of ROLE_PAGES) {
    it(`every main page of ${account} fits the screen, and lists are cards`, async () => {
      const page = await browser.newPage(PHONE);
      await signInAs(page, account, PASSWORD);
      await page.waitForURL((url) => !url.pathname.startsWith("/login"));
      const wide: string[] = [];
      for (const path of [...pages, ...(await detailPages(page))]) {
        await page.goto(path);
        await page.locator("main h1").first().waitFor();
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) wide.push(`${path} +${overflow}px`);
      }
      expect(wide).toEqual([]);
      // A list row is a card: its header row is gone and the row is as wide as the screen allows.
      await page.goto("/tasks");
      const row = page.locator("tr[data-task-id]").first();
      if (await row.count()) {
        // Streamed rows arrive in a hidden holder before React moves them into the page.
        await row.waitFor({ state: "visible" });
        expect(await page.locator("main thead").first().isVisible()).toBe(false);
        const box = (await row.boundingBox())!;
        expect(box.width).toBeGreaterThan(300);
        expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      }
    });
  }
});
