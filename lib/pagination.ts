import { z } from "@/lib/validation/zod";

/** The page sizes a list offers; the list's default stays out of the URL. */
export const PAGE_SIZES = [20, 50, 100] as const;
export type TPageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: TPageSize = 50;

// How many earlier cursors the URL keeps. Beyond this, 上一页 from the oldest
// kept page leads to the first page: the URL stays short enough to share.
const MAX_TRAIL = 30;
const MAX_CURSOR = 300;

type TParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

const ZPageSize = z.coerce
  .number()
  .int()
  .refine((n): n is TPageSize => (PAGE_SIZES as readonly number[]).includes(n));

/** A cursor never holds a comma (base64url, account names, ids), so commas join the trail. */
const ZCursor = z.string().min(1).max(MAX_CURSOR).regex(/^[^,]+$/);

/**
 * Where a keyset-paged list stands, read from its URL. Keyset pages only know
 * their way forward, so the cursors of the pages already passed travel along
 * in `back`: 上一页 replays the previous cursor and returns exactly the rows
 * that page showed (new rows aside), with no backwards query to get wrong.
 */
export type TPaging = { cursor?: string | undefined; trail: string[]; size: TPageSize };

/** Leniently, like the lists' filters: a bad value falls back to the first page or the default size. */
export function parsePaging(params: TParams, cursorKey: string): TPaging {
  const size = ZPageSize.safeParse(first(params.size));
  const cursor = ZCursor.safeParse(first(params[cursorKey]));
  const trail = (first(params.back) ?? "").split(",").filter((c) => ZCursor.safeParse(c).success);
  return {
    cursor: cursor.success ? cursor.data : undefined,
    trail: cursor.success ? trail.slice(-MAX_TRAIL) : [],
    size: size.success ? size.data : DEFAULT_PAGE_SIZE,
  };
}

export type TPagingLinks = { first: string | null; previous: string | null; next: string | null; sizes: { size: TPageSize; href: string; current: boolean }[] };

/**
 * The links under a list: `path` and `filter` (without paging) give the list,
 * `nextCursor` is what the query returned for the page after this one.
 */
export function pagingLinks(path: string, filter: URLSearchParams, cursorKey: string, paging: TPaging, nextCursor: string | null): TPagingLinks {
  const href = (cursor: string | undefined, trail: string[], size: TPageSize) => {
    const params = new URLSearchParams(filter);
    if (size !== DEFAULT_PAGE_SIZE) params.set("size", String(size));
    if (cursor) params.set(cursorKey, cursor);
    if (cursor && trail.length) params.set("back", trail.join(","));
    return params.size ? `${path}?${params}` : path;
  };
  const { cursor, trail, size } = paging;
  return {
    first: cursor ? href(undefined, [], size) : null,
    previous: cursor ? href(trail.at(-1), trail.slice(0, -1), size) : null,
    next: nextCursor ? href(nextCursor, cursor ? [...trail, cursor].slice(-MAX_TRAIL) : [], size) : null,
    // A new size starts again from the first page: the old cursors cut other pages.
    sizes: PAGE_SIZES.map((s) => ({ size: s, href: href(undefined, [], s), current: s === size })),
  };
}

/** `size` for a filter's URL: the chosen page size, or nothing when it is the default. */
export function pageSizeParam(size: TPageSize): { size?: string } {
  return size === DEFAULT_PAGE_SIZE ? {} : { size: String(size) };
}

/** A list's own path with the chosen page size (a filter's 清除 link keeps it). */
export function withPageSize(path: string, size: TPageSize): string {
  const params = new URLSearchParams(pageSizeParam(size));
  return params.size ? `${path}?${params}` : path;
}

// An offset-paged list: a ranking whose order keys may be empty or tie across many rows (逾期清单
// by lead department or by last progress), where a keyset cursor would have to encode NULLs.
// Its rows are few next to the task table (the overdue ones the actor may see), so an offset is cheap.
const MAX_PAGE = 10_000;
const ZPage = z.coerce.number().int().min(1).max(MAX_PAGE);

export type TOffsetPaging = { page: number; size: TPageSize };

/** Leniently: a bad page or size falls back to the first page or the default size. */
export function parseOffsetPaging(params: TParams): TOffsetPaging {
  const size = ZPageSize.safeParse(first(params.size));
  const page = ZPage.safeParse(first(params.page));
  return { page: page.success ? page.data : 1, size: size.success ? size.data : DEFAULT_PAGE_SIZE };
}

/** The rows an offset page skips. */
export const offsetOf = ({ page, size }: TOffsetPaging) => (page - 1) * size;

/** The same links as a keyset list's (the same Pager draws them), by page number. */
export function offsetPagingLinks(path: string, filter: URLSearchParams, paging: TOffsetPaging, hasNext: boolean): TPagingLinks {
  const href = (page: number, size: TPageSize) => {
    const params = new URLSearchParams(filter);
    if (size !== DEFAULT_PAGE_SIZE) params.set("size", String(size));
    if (page > 1) params.set("page", String(page));
    return params.size ? `${path}?${params}` : path;
  };
  const { page, size } = paging;
  return {
    first: page > 1 ? href(1, size) : null,
    previous: page > 1 ? href(page - 1, size) : null,
    next: hasNext && page < MAX_PAGE ? href(page + 1, size) : null,
    sizes: PAGE_SIZES.map((s) => ({ size: s, href: href(1, s), current: s === size })),
  };
}
