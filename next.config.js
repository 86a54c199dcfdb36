import { createRequire } from "node:module";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";

// Messages are compiled on the server (i18n/precompile.ts), so the bundles take use-intl's
// formatter for precompiled messages and not intl-messageformat (12 kB gzip on every page):
// what next-intl's own `precompile` option does for catalogues it loads itself.
const formatOnly = `./${path.relative(import.meta.dirname, createRequire(import.meta.url).resolve("use-intl/format-message/format-only")).replaceAll("\\", "/")}`;

// Native or WASM packages are loaded by Node at run time rather than bundled:
// bundling PGlite would copy its WASM next to every chunk, and the db client
// must be one instance per process (see db/index.ts).
/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "postgres",
    "pg-boss",
    "exceljs",
    "pino",
    "unpdf",
  ],
  experimental: {
    // forbidden() from next/navigation: a page refused to a role answers 403, not 200.
    authInterrupts: true,
    // A plan import sends the document (up to 1,000,000 characters, 3 bytes
    // each in UTF-8) to be parsed, and then the reviewed tree with it.
    serverActions: { bodySizeLimit: "8mb" },
    // Turbopack merges small client chunks into bigger ones (below 50 kB, or when a request
    // "costs" more than 200 kB of code): the same module then sits in several chunks of one
    // page — next/link and lucide's base three times in every signed-in page. A lower request
    // cost and minimum size keep shared modules in chunks of their own (docs/performance/js-budget.md).
    turbopackChunking: { requestCost: 20_000, minChunkSize: 10_000 },
  },
  turbopack: { root: import.meta.dirname, resolveAlias: { "use-intl/format-message": formatOnly } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          // Content-Security-Policy is not set here: pages get theirs with a
          // per-request nonce from proxy.ts, and a download keeps its own
          // sandbox policy (app/api/attachments/[id]/route.ts), which a
          // site-wide header would override.
        ],
      },
    ];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
