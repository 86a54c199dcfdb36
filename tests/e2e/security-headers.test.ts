import { describe, expect, it } from "vitest";
import { see, signInAs, skipReason, useBrowser } from "./support/browser";

// Issue 11, finding 7: the CSP allowed inline scripts, the download's sandbox
// CSP was overridden by the site-wide one, and refused or missing pages
// answered 200.
describe.skipIf(!!skipReason())("security headers and status codes", () => {
  const browser = useBrowser();

  it("serves pages under a nonce CSP without 'unsafe-inline' for scripts, and they still run", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/login");
    const policy = response!.headers()["content-security-policy"] ?? "";
    const scripts = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scripts).not.toContain("unsafe-inline");
    // A second load has another nonce.
    const again = await page.request.get("/login");
    expect(again.headers()["content-security-policy"]).not.toBe(policy);
    // The form is a client component: signing in proves the scripts ran.
    await signInAs(page, "sfj_officer", "Demo#2026");
    await page.waitForURL("**/workbench");
    expect(violations).toEqual([]);
  });

  it("answers 403 for a page the role may not open and 404 for what is not there", async () => {
    const page = await browser.newPage();
    await signInAs(page, "sfj_officer", "Demo#2026");
    await page.waitForURL("**/workbench");
    for (const [path, status] of [
      ["/cockpit", 403],
      ["/admin/users", 403],
      ["/tasks/new", 403],
      ["/tasks/00000000-0000-4000-8000-000000000000", 404],
      ["/tasks/not-an-id", 404],
      ["/notices/00000000-0000-4000-8000-000000000000", 404],
      ["/no-such-page", 404],
      ["/workbench", 200],
    ] as const) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(status);
    }
    await see(page.getByRole("heading", { name: "工作台" }).first());
  });

  it("keeps the download route's own sandbox CSP", async () => {
    const page = await browser.newPage();
    await signInAs(page, "sfj_officer", "Demo#2026");
    await page.waitForURL("**/workbench");
    const uploaded = await page.request.post("/api/uploads", {
      multipart: { file: { name: "说明.txt", mimeType: "text/plain", buffer: Buffer.from("梁园区司法局工作台账\n", "utf8") } },
    });
    expect(uploaded.status()).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };
    const download = await page.request.get(`/api/attachments/${id}`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
  });
});
