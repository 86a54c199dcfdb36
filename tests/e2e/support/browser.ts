import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";

export const baseUrl = () => inject("baseUrl");
export const skipReason = () => inject("e2eSkipReason");

/** Waits (as a user would) until the element shows, then checks its text. */
export async function seeText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.first().waitFor({ state: "visible" });
  await expect.poll(async () => (await locator.first().textContent()) ?? "", { timeout: 15_000 }).toMatch(text);
}

export async function see(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: "visible" });
}

export async function gone(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: "hidden" });
}

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * One Chromium per test file; each test opens its own context (cookies are
 * not shared). `args` add Chromium flags (host-resolver rules for a proxy);
 * a page may open on another base URL than the suite's server.
 */
export function useBrowser(
  launch: { args?: string[] } = {},
): { newPage: (options?: { width?: number; height?: number; baseURL?: string }) => Promise<Page> } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    if (skipReason()) return;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...FLAGS, ...(launch.args ?? [])] });
  });
  // A failed test leaves a screenshot of every page it opened, for the CI log reader.
  afterEach(async (context) => {
    if (context.task.result?.state === "fail") {
      const dir = path.join(process.cwd(), ".data", "test-results", "screens");
      mkdirSync(dir, { recursive: true });
      const pages = contexts.flatMap((c) => c.pages());
      for (const [i, page] of pages.entries()) {
        await page.screenshot({ path: path.join(dir, `${context.task.name.replace(/\W+/g, "-").slice(0, 60)}-${i}.png`), fullPage: true }).catch(() => {});
      }
    }
    for (const c of contexts.splice(0)) await c.close().catch(() => {});
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async newPage(options = {}) {
      const context = await browser!.newContext({
        baseURL: options.baseURL ?? baseUrl(),
        locale: "zh-CN",
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      return page;
    },
  };
}

export async function signInAs(page: Page, login: string, password: string, method: "account" | "phone" = "account") {
  await page.goto("/login");
  if (method === "phone") await page.getByRole("tab", { name: "手机号登录" }).click();
  await page.getByLabel(method === "phone" ? "手机号" : "账号").fill(login);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}
