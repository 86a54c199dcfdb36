import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_SIZE, offsetOf, offsetPagingLinks, pageSizeParam, pagingLinks, parseOffsetPaging, parsePaging, withPageSize } from "@/lib/pagination";

const filter = () => new URLSearchParams({ status: "draft" });

describe("keyset paging in the URL", () => {
  it("accepts only the offered page sizes and keeps the default out of links", () => {
    expect(parsePaging({ size: "20" }, "cursor").size).toBe(20);
    for (const bad of ["7", "1000", "abc", "", "20.5"]) expect(parsePaging({ size: bad }, "cursor").size).toBe(DEFAULT_PAGE_SIZE);
    const links = pagingLinks("/tasks", filter(), "cursor", parsePaging({}, "cursor"), "c1");
    expect(links.next).toBe("/tasks?status=draft&cursor=c1");
    expect(links.sizes.map((s) => [s.size, s.href, s.current])).toEqual([
      [20, "/tasks?status=draft&size=20", false],
      [50, "/tasks?status=draft", true],
      [100, "/tasks?status=draft&size=100", false],
    ]);
  });

  it("has no 上一页 on the first page and none past the last", () => {
    const links = pagingLinks("/tasks", new URLSearchParams(), "cursor", parsePaging({}, "cursor"), null);
    expect(links).toMatchObject({ first: null, previous: null, next: null });
  });

  it("carries the passed cursors forward and pops one going back", () => {
    const third = parsePaging({ cursor: "c3", back: "c2", size: "20" }, "cursor");
    const links = pagingLinks("/notices", new URLSearchParams(), "cursor", third, "c4");
    expect(links.next).toBe("/notices?size=20&cursor=c4&back=c2%2Cc3");
    expect(links.previous).toBe("/notices?size=20&cursor=c2");
    expect(links.first).toBe("/notices?size=20");
    const second = parsePaging({ cursor: "c2", size: "20" }, "cursor");
    expect(pagingLinks("/notices", new URLSearchParams(), "cursor", second, "c3").previous).toBe("/notices?size=20");
  });

  it("drops a malformed trail or a trail without a cursor, and keeps the trail short", () => {
    expect(parsePaging({ back: "c1,c2" }, "cursor").trail).toEqual([]);
    expect(parsePaging({ after: "a", back: ",,x" }, "after")).toMatchObject({ cursor: "a", trail: ["x"] });
    expect(parsePaging({ cursor: "x".repeat(301) }, "cursor").cursor).toBeUndefined();
    const long = Array.from({ length: 40 }, (_, i) => `c${i}`).join(",");
    expect(parsePaging({ cursor: "z", back: long }, "cursor").trail).toHaveLength(30);
  });

  it("starts again from the first page when the size changes", () => {
    const links = pagingLinks("/admin/audit", new URLSearchParams(), "before", parsePaging({ before: "99", back: "120" }, "before"), "80");
    expect(links.sizes.every((s) => !s.href.includes("before"))).toBe(true);
  });

  it("lets a filter form and its 清除 link keep a chosen size, and leave the default out", () => {
    expect(pageSizeParam(20)).toEqual({ size: "20" });
    expect(pageSizeParam(DEFAULT_PAGE_SIZE)).toEqual({});
    expect(withPageSize("/tasks", 100)).toBe("/tasks?size=100");
    expect(withPageSize("/tasks", DEFAULT_PAGE_SIZE)).toBe("/tasks");
  });
});

describe("offset paging in the URL (逾期清单)", () => {
  it("reads a page number leniently: a bad one is the first page", () => {
    expect(parseOffsetPaging({ page: "3", size: "20" })).toEqual({ page: 3, size: 20 });
    for (const bad of ["0", "-1", "2.5", "abc", "", "10001"]) expect(parseOffsetPaging({ page: bad })).toEqual({ page: 1, size: DEFAULT_PAGE_SIZE });
    expect(offsetOf({ page: 3, size: 20 })).toBe(40);
    expect(offsetOf(parseOffsetPaging({}))).toBe(0);
  });

  it("links the first, previous and next pages with the filter, and a new size starts again from the first", () => {
    const sort = new URLSearchParams({ sort: "department" });
    const links = offsetPagingLinks("/tasks/overdue", sort, { page: 3, size: 20 }, true);
    expect(links).toMatchObject({
      first: "/tasks/overdue?sort=department&size=20",
      previous: "/tasks/overdue?sort=department&size=20&page=2",
      next: "/tasks/overdue?sort=department&size=20&page=4",
    });
    expect(links.sizes.map((s) => [s.size, s.href, s.current])).toEqual([
      [20, "/tasks/overdue?sort=department&size=20", true],
      [50, "/tasks/overdue?sort=department", false],
      [100, "/tasks/overdue?sort=department&size=100", false],
    ]);
    expect(offsetPagingLinks("/tasks/overdue", new URLSearchParams(), { page: 2, size: 50 }, false)).toMatchObject({
      first: "/tasks/overdue",
      previous: "/tasks/overdue",
      next: null,
    });
    expect(offsetPagingLinks("/tasks/overdue", new URLSearchParams(), { page: 1, size: 50 }, true)).toMatchObject({ first: null, previous: null, next: "/tasks/overdue?page=2" });
  });
});
