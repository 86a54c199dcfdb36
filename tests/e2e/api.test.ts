import { describe, expect, it } from "vitest";
import { baseUrl, see, skipReason, useBrowser } from "./support/browser";

const api = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`${baseUrl()}/api/v1${path}`, {
    ...init,
    headers: { "content-type": "application/json", ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers },
  });

describe.skipIf(!!skipReason())("public API against the running server", () => {
  const browser = useBrowser();

  it("a script signs in, lists its tasks, opens one and reports progress", async () => {
    const denied = await api("/tasks");
    expect(denied.status).toBe(401);
    expect(denied.headers.get("content-type")).toBe("application/problem+json");

    const login = await api("/auth/token", { method: "POST", body: JSON.stringify({ login: "sfj_officer", password: "Demo#2026" }) });
    expect(login.status).toBe(200);
    const { token, user } = (await login.json()) as { token: string; user: { login: string; departmentId: string } };
    expect(user.login).toBe("sfj_officer");

    const list = await api("/tasks?status=in_progress&limit=5", { token });
    expect(list.status).toBe(200);
    const page = (await list.json()) as { items: { id: string; status: string }[]; nextCursor: string | null };
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((t) => t.status === "in_progress")).toBe(true);

    const opened = await api(`/tasks/${page.items[0]!.id}`, { token });
    expect(opened.status).toBe(200);
    const task = (await opened.json()) as { id: string; version: number; timeline: unknown[] };
    expect(Array.isArray(task.timeline)).toBe(true);

    const reported = await api(`/tasks/${task.id}/progress`, { method: "POST", token, body: JSON.stringify({ percent: 70, note: "通过接口报送：已完成七成", version: task.version }) });
    expect(reported.status).toBe(200);
    expect(((await reported.json()) as { version: number }).version).toBe(task.version + 1);
    const stale = await api(`/tasks/${task.id}/progress`, { method: "POST", token, body: JSON.stringify({ percent: 80, note: "旧版本", version: task.version }) });
    expect(stale.status).toBe(409);

    const document = await fetch(`${baseUrl()}/api/v1/openapi.json`);
    expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
  });

  it("shows the API reference to a visitor who has not signed in", async () => {
    const page = await browser.newPage();
    await page.goto("/api-docs");
    expect(new URL(page.url()).pathname).toBe("/api-docs");
    await see(page.getByRole("heading", { name: "接口文档", level: 1 }));
    await see(page.getByRole("heading", { name: /任务/, level: 2 }));
    await see(page.locator("#issueToken").getByText("/api/v1/auth/token"));
    await see(page.locator("#reportProgress").getByText("请求体字段"));
  });
});
