import type { Page } from "playwright-core";

/** Each demo role and the pages it works on (its home first). */
export const ROLE_PAGES: { account: string; pages: string[] }[] = [
  { account: "leader", pages: ["/tasks/overdue", "/cockpit", "/assessment", "/tasks", "/notices", "/plans", "/notifications", "/settings"] },
  { account: "supervisor", pages: ["/workbench", "/tasks", "/notices", "/cockpit", "/plans", "/notices/new", "/notifications", "/settings"] },
  { account: "sfj_head", pages: ["/workbench", "/tasks", "/notices", "/notifications", "/settings"] },
  { account: "sfj_officer", pages: ["/workbench", "/tasks", "/notices", "/notifications"] },
  { account: "admin", pages: ["/admin", "/admin/users", "/admin/departments", "/admin/audit", "/tasks", "/settings"] },
];

/** Pages seen before signing in. */
export const PUBLIC_PAGES = ["/login", "/register"];

/** The first task and notice the role can open, so detail pages are checked too. */
export async function detailPages(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const [list, pattern] of [
    ["/tasks", 'a[href^="/tasks/"]'],
    ["/notices", 'a[href^="/notices/"]'],
  ] as const) {
    await page.goto(list);
    const hrefs = await page.locator(`main ${pattern}`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const detail = hrefs.find((h) => /^\/(tasks|notices)\/[0-9a-f-]{36}$/.test(h));
    if (detail) found.push(detail);
  }
  return found;
}

/** How far the document scrolls sideways (0 when it fits the screen). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
}
