import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_CLIENT_NAMESPACES } from "@/i18n/client-messages";
import zh from "@/messages/zh-CN";

// The client gets only the message namespaces its segment asks for (i18n/client-messages.tsx).
// This follows every route file's imports, as the bundler would, into the client components
// ("use client" and everything they import) and checks that each namespace they translate is
// given to them. An unscoped useTranslations() (form fields: error keys of any namespace)
// needs the whole catalogue.

const ROOT = path.resolve(import.meta.dirname, "../..");
const APP = path.join(ROOT, "app");

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

type TModule = { client: boolean; imports: string[]; namespaces: string[]; unscoped: boolean };
const modules = new Map<string, TModule>();

function moduleOf(file: string): TModule {
  let found = modules.get(file);
  if (!found) {
    const source = readFileSync(file, "utf8");
    found = {
      client: /^\s*["']use client["']/.test(source),
      imports: [...source.matchAll(/^\s*(?:import|export)\s(?!type\s)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm)]
        .map((m) => resolveImport(file, (m[1] ?? m[2])!))
        .filter((f): f is string => f !== null),
      namespaces: [...source.matchAll(/useTranslations\(\s*["']([\w]+)/g)].map((m) => m[1]!),
      unscoped: /useTranslations\(\s*\)|useMessages\(/.test(source),
    };
    modules.set(file, found);
  }
  return found;
}

/** The namespaces the client components reachable from `entry` translate, and the files that translate unscoped. */
function clientUse(entry: string): { namespaces: Set<string>; unscoped: string[] } {
  const namespaces = new Set<string>();
  const unscoped = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, inClient: boolean) => {
    const key = `${file}|${inClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const m = moduleOf(file);
    const client = inClient || m.client;
    if (client) {
      for (const ns of m.namespaces) namespaces.add(ns);
      if (m.unscoped) unscoped.add(path.relative(ROOT, file));
    }
    for (const next of m.imports) walk(next, client);
  };
  walk(entry, false);
  return { namespaces, unscoped: [...unscoped] };
}

/** What a layout gives its segment: "all", a list (plus the base), or nothing said. */
function declared(layout: string): "all" | string[] | null {
  const match = /<ClientMessages namespaces=(?:"all"|\{\[([^\]]*)\]\})/.exec(readFileSync(layout, "utf8"));
  if (!match) return null;
  if (match[0].endsWith('"all"')) return "all";
  return [...(match[1] ?? "").matchAll(/["'](\w+)["']/g)].map((m) => m[1]!);
}

/** The nearest layout at or above `dir` that says what the client gets. */
function providerFor(dir: string): { layout: string; given: "all" | string[] } {
  for (let d = dir; d.startsWith(APP); d = path.dirname(d)) {
    const layout = path.join(d, "layout.tsx");
    if (existsSync(layout)) {
      const given = declared(layout);
      if (given) return { layout: path.relative(ROOT, layout), given: given === "all" ? "all" : [...BASE_CLIENT_NAMESPACES, ...given] };
    }
  }
  throw new Error(`no layout gives ${dir} its client messages (app/layout.tsx should)`);
}

const ROUTE_FILES = /^(page|layout|loading|error|not-found|forbidden)\.tsx$/;
function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return ROUTE_FILES.test(e.name) ? [full] : [];
  });
}

describe("client messages per segment", () => {
  const files = routeFiles(APP);

  it("finds the route files and their client components' namespaces", () => {
    expect(files.length).toBeGreaterThan(30);
    // The checks below can fail: the list's download button and the task form are seen.
    expect([...clientUse(path.join(APP, "(app)/tasks/page.tsx")).namespaces]).toContain("longWork");
    expect(clientUse(path.join(APP, "(app)/tasks/new/page.tsx")).unscoped).toContain("components/ui/form-field.tsx");
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))("%s: its client components get every namespace they use", (_name, file) => {
    const use = clientUse(file);
    const { layout, given } = providerFor(path.dirname(file));
    if (given === "all") return;
    expect(use.unscoped, `unscoped translations under ${layout}, which gives only ${given.join(", ")}`).toEqual([]);
    expect([...use.namespaces].filter((ns) => !given.includes(ns)), `missing from ${layout}`).toEqual([]);
  });

  it("global-error (outside every layout) translates nothing on the client", () => {
    const use = clientUse(path.join(APP, "global-error.tsx"));
    expect([...use.namespaces, ...use.unscoped]).toEqual([]);
  });

  it("names only namespaces that exist", () => {
    const named = [...BASE_CLIENT_NAMESPACES, ...files.filter((f) => f.endsWith("layout.tsx")).flatMap((f) => (Array.isArray(declared(f)) ? (declared(f) as string[]) : []))];
    expect(named.filter((ns) => !(ns in zh))).toEqual([]);
  });
});
