import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/db/queries/audit-events";
import { listTasks } from "@/db/queries/tasks/list-tasks";
import { listUsers } from "@/db/queries/users";
import type { TWarningContext } from "@/lib/domain/warning";
import { pagingLinks, parsePaging, type TPaging } from "@/lib/pagination";
import { actorFor, seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

const context: TWarningContext = { today: "2030-05-15", timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } };
type TFetch = (paging: TPaging) => Promise<{ ids: string[]; next: string | null }>;

/** The URL a link points to, as the page's searchParams. */
const paramsOf = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

/**
 * Walks a list the way a reader does, only through the links the page shows:
 * 下一页 to the end, then 上一页 back to the start. Returns the pages seen
 * each way (the way back reversed, so the two should match).
 */
async function walk(path: string, cursorKey: string, size: string, fetch: TFetch) {
  const forward: string[][] = [];
  let href: string | null = `${path}?size=${size}`;
  let previous: string | null = null;
  while (href) {
    const paging = parsePaging(paramsOf(href), cursorKey);
    const page = await fetch(paging);
    forward.push(page.ids);
    const links = pagingLinks(path, new URLSearchParams(), cursorKey, paging, page.next);
    href = links.next;
    previous = links.previous;
  }
  const back: string[][] = [forward.at(-1)!];
  while (previous) {
    const paging = parsePaging(paramsOf(previous), cursorKey);
    const page = await fetch(paging);
    back.unshift(page.ids);
    previous = pagingLinks(path, new URLSearchParams(), cursorKey, paging, page.next).previous;
  }
  return { forward, back };
}

beforeAll(async () => {
  await seedDemoData();
  // Enough rows for four pages of 20 whatever the demo data holds (four, so
  // 上一页 must pick the right one of several passed cursors).
  for (let i = 0; i < 65; i++) await makeTask("draft", { title: `翻页任务${i}` });
});

describe("上一页 and 下一页 on keyset lists", () => {
  it("tasks: paging forward then back shows the same rows on every page, for each sort", async () => {
    const supervisor = await actorFor("supervisor");
    for (const sort of ["due", "updated", "created"] as const) {
      const { forward, back } = await walk("/tasks", "cursor", "20", async (paging) => {
        const page = await listTasks(supervisor, { sort, cursor: paging.cursor, limit: paging.size }, context);
        return { ids: page.items.map((i) => i.id), next: page.nextCursor };
      });
      expect(forward.length, sort).toBeGreaterThanOrEqual(4);
      expect(forward.slice(0, -1).every((p) => p.length === 20)).toBe(true);
      expect(back, sort).toEqual(forward);
      expect(new Set(forward.flat()).size).toBe(forward.flat().length);
    }
  });

  it("the audit log and the users list page back the same way, by their own keys", async () => {
    const admin = await actorFor("admin");
    const audit = await walk("/admin/audit", "before", "20", async (paging) => {
      const page = await listAuditEvents(admin, { before: paging.cursor ? Number(paging.cursor) : undefined, limit: paging.size }, "Asia/Shanghai");
      return { ids: page.items.map((e) => String(e.id)), next: page.nextBefore ? String(page.nextBefore) : null };
    });
    expect(audit.forward.length).toBeGreaterThanOrEqual(2);
    expect(audit.back).toEqual(audit.forward);
    const users = await walk("/admin/users", "after", "20", async (paging) => {
      const page = await listUsers(admin, { after: paging.cursor, limit: paging.size });
      return { ids: page.items.map((u) => u.id), next: page.nextAfter };
    });
    expect(users.back).toEqual(users.forward);
  });
});
