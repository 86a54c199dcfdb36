import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "vitest";
import { signInAs, skipReason, useBrowser } from "./support/browser";
import { ROLE_PAGES } from "./support/main-pages";

// Refreshes docs/screenshots (each role's main page at a phone's and a desktop's width).
// Run on purpose: UPDATE_SCREENSHOTS=1 npx vitest run --project e2e tests/e2e/screenshots.test.ts
const update = process.env.UPDATE_SCREENSHOTS === "1";
const DIR = path.join(import.meta.dirname, "../../docs/screenshots");

describe.skipIf(!!skipReason() || !update)("screenshots for the README", () => {
  const browser = useBrowser();
  for (const { account, pages } of ROLE_PAGES) {
    for (const viewport of [
      { width: 375, height: 812 },
      { width: 1366, height: 860 },
    ]) {
      it(`${account} at ${viewport.width} px`, async () => {
        mkdirSync(DIR, { recursive: true });
        const page = await browser.newPage(viewport);
        await signInAs(page, account, "Demo#2026");
        await page.waitForURL((url) => !url.pathname.startsWith("/login"));
        await page.goto(pages[0]!);
        await page.locator("main h1").first().waitFor();
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: path.join(DIR, `${account}-${viewport.width}.png`) });
      });
    }
  }
});
