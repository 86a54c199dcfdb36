import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { signInAs, skipReason, useBrowser } from "./support/browser";
import { detailPages, PUBLIC_PAGES, ROLE_PAGES } from "./support/main-pages";

const PASSWORD = "Demo#2026";
const WIDTHS = [
  { width: 375, height: 740 },
  { width: 1366, height: 900 },
];

/** axe-core on every main page of every role, at a phone's and a desktop's width: no serious or critical fault. */
describe.skipIf(!!skipReason())("accessibility (axe-core)", () => {
  const browser = useBrowser();

  for (const viewport of WIDTHS) {
    it(`the sign-in and registration pages at ${viewport.width} px`, async () => {
      const page = await browser.newPage(viewport);
      const faults: string[] = [];
      for (const path of PUBLIC_PAGES) {
        await page.goto(path);
        faults.push(...(await seriousViolations(page)).map((f) => `${path} ${f}`));
      }
      expect(faults).toEqual([]);
    });

    for (const { account, pages } of ROLE_PAGES) {
      it(`${account}'s pages at ${viewport.width} px`, async () => {
        const page = await browser.newPage(viewport);
        await signInAs(page, account, PASSWORD);
        await page.waitForURL((url) => !url.pathname.startsWith("/login"));
        const faults: string[] = [];
        for (const path of [...pages, ...(await detailPages(page))]) {
          await page.goto(path);
          await page.locator("main h1").first().waitFor();
          expect(await page.title(), path).not.toBe("");
          faults.push(...(await seriousViolations(page)).map((f) => `${path} ${f}`));
        }
        expect(faults).toEqual([]);
      });
    }
  }
});
