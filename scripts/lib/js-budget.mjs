// First-load JS of each app route, gzipped, read from what `next build` wrote: the app-paths
// manifest names each route's page entry, its client reference manifest lists the JS chunks of
// every segment (layouts included), and the build manifest's rootMainFiles are the framework
// chunks every page loads. The same union Next uses for its route-bundle-stats diagnostics,
// measured as the browser receives it (each chunk gzipped on its own).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_BYTES = 150 * 1024;

// Routes not yet under the budget keep a ceiling (kB gzip, measured when it was last lowered,
// docs/performance.md): they may shrink but not grow. A route not listed must be within budget.
const CEILINGS_KB = JSON.parse(readFileSync(new URL("../js-budget-ceilings.json", import.meta.url), "utf8")).routes;

/** The most a route may ship: the budget, or its recorded ceiling while it is still above it. */
export function limitFor(route) {
  const ceiling = CEILINGS_KB[route];
  return ceiling === undefined ? BUDGET_BYTES : Math.max(BUDGET_BYTES, Math.round(ceiling * 1024));
}

const require = createRequire(import.meta.url);

/** "/(app)/tasks/[id]/page" → "/tasks/[id]" */
function routeOf(appPath) {
  const segments = appPath.split("/").filter((s) => s && !(s.startsWith("(") && s.endsWith(")")) && !s.startsWith("@"));
  segments.pop();
  return `/${segments.join("/")}`;
}

function entryFiles(distDir, appPath) {
  const file = path.join(distDir, "server", "app", `${appPath}_client-reference-manifest.js`);
  if (!existsSync(file)) return null;
  const previous = globalThis.__RSC_MANIFEST;
  globalThis.__RSC_MANIFEST = undefined;
  try {
    require(file);
    const entry = globalThis.__RSC_MANIFEST?.[appPath];
    return entry ? Object.values(entry.entryJSFiles ?? {}).flat() : null;
  } finally {
    globalThis.__RSC_MANIFEST = previous;
  }
}

/** [{ route, files, rawBytes, gzipBytes, limitBytes }], largest first. Throws when there is no build. */
export function measureFirstLoadJs(root = process.cwd()) {
  const distDir = path.join(root, ".next");
  const appPaths = JSON.parse(readFileSync(path.join(distDir, "server", "app-paths-manifest.json"), "utf8"));
  const buildManifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));
  const shared = (buildManifest.rootMainFiles ?? []).filter((f) => f.endsWith(".js"));
  const sizes = new Map();
  const sizeOf = (file) => {
    if (!sizes.has(file)) {
      const full = path.join(distDir, file);
      const bytes = existsSync(full) ? readFileSync(full) : Buffer.alloc(0);
      sizes.set(file, { raw: bytes.length, gzip: bytes.length ? gzipSync(bytes, { level: 9 }).length : 0 });
    }
    return sizes.get(file);
  };
  const rows = [];
  for (const appPath of Object.keys(appPaths)) {
    if (!appPath.endsWith("/page") || appPath.startsWith("/_")) continue;
    const entries = entryFiles(distDir, appPath);
    if (!entries) continue;
    const files = [...new Set([...entries.filter((f) => f.endsWith(".js")), ...shared])];
    const rawBytes = files.reduce((total, f) => total + sizeOf(f).raw, 0);
    const gzipBytes = files.reduce((total, f) => total + sizeOf(f).gzip, 0);
    const route = routeOf(appPath);
    rows.push({ route, files, rawBytes, gzipBytes, limitBytes: limitFor(route) });
  }
  return rows.sort((a, b) => b.gzipBytes - a.gzipBytes || a.route.localeCompare(b.route));
}
