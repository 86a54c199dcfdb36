import createNextIntlPlugin from "next-intl/plugin";

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
    "mammoth",
  ],
  experimental: {
    // A plan import sends the document (up to 1,000,000 characters, 3 bytes
    // each in UTF-8) to be parsed, and then the reviewed tree with it.
    serverActions: { bodySizeLimit: "8mb" },
  },
  turbopack: { root: import.meta.dirname },
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
          // Nothing is loaded from elsewhere (system fonts, no CDN). Next's inline
          // bootstrap scripts need 'unsafe-inline' without a per-request nonce.
          {
            key: "Content-Security-Policy",
            value:
              "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
          },
        ],
      },
    ];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
