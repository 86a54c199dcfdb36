import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A loading.tsx wraps its own segment's page in Suspense: the answer's status (200) is sent
// with the fallback, before the page runs. A page that refuses (forbidden(), notFound())
// must therefore have no loading.tsx beside it, or a refused reader gets "200 + 无权访问"
// instead of 403/404 (ADR 012: loading boundaries sit only where nothing is refused).
const root = path.join(import.meta.dirname, "..", "..", "app");

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

describe("loading boundaries", () => {
  it("sit beside no page that answers 403 or 404", () => {
    const refusing = pages(root).filter((file) => /\b(forbidden|notFound)\(\)/.test(readFileSync(file, "utf8")));
    expect(refusing.length).toBeGreaterThan(5);
    const wrapped = refusing.filter((file) => existsSync(path.join(path.dirname(file), "loading.tsx")));
    expect(wrapped.map((file) => path.relative(root, file))).toEqual([]);
  });
});
