import boundaries from "eslint-plugin-boundaries";

// The layers, highest first, and which may import which (docs/decisions/012-layers.md):
// app → components → lib/services → db → lib/domain. Files outside them
// (tests, scripts, configuration, instrumentation.ts, proxy.ts) are not checked.
const folder = (type, ...paths) => paths.map((pattern) => ({ type, pattern, partialMatch: false }));
const ELEMENTS = [
  ...folder("app", "app"),
  ...folder("components", "components"),
  // Demo and scale data, built through the services as a user would.
  ...folder("seed", "lib/seed"),
  ...folder("services", "lib/services", "lib/actions", "lib/api", "lib/auth", "lib/jobs", "lib/http", "lib/rate-limit", "lib/uploads", "lib/documents", "lib/storage"),
  ...folder("db", "db"),
  ...folder("domain", "lib/domain"),
  // Small pieces every layer may use: time, configuration, errors, logging, formats, input schemas, messages (lib/*.ts).
  ...folder("shared", "lib/validation", "i18n", "lib"),
];
const FILES = [
  // Server actions: the door components call.
  { category: "actions", pattern: "app/**/actions.ts" },
  // Start-up: migrates, seeds, schedules; may use every layer.
  { category: "startup", pattern: "lib/bootstrap.ts" },
];

const to = (...types) => ({ to: { element: { types: { anyOf: types } } } });
const from = (type) => ({ element: { type } });
const ALL = ["app", "components", "seed", "services", "db", "domain", "shared"];

export const layers = [
  {
    files: ["app/**", "components/**", "lib/**", "db/**", "i18n/**"],
    plugins: { boundaries },
    settings: { "boundaries/elements": ELEMENTS, "boundaries/files": FILES },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          message: "This import crosses the layers (docs/decisions/012-layers.md): {{ from.type }} may not import {{ to.type }}.",
          policies: [
            { from: { file: { categories: "startup" } }, allow: to(...ALL) },
            { from: from("app"), allow: to("app", "components", "services", "db", "domain", "shared") },
            { from: from("components"), allow: to("components", "domain", "shared") },
            { from: from("components"), allow: { to: { element: { type: "app" }, file: { categories: "actions" } } } },
            // A component may name a row's or a result's type, never run a query or a service.
            { from: from("components"), allow: { ...to("db", "services"), dependency: { kind: "type" } } },
            { from: from("seed"), allow: to("seed", "services", "db", "domain", "shared") },
            { from: from("services"), allow: to("services", "db", "domain", "shared") },
            { from: from("db"), allow: to("db", "domain", "shared") },
            { from: from("domain"), allow: to("domain", "shared") },
            { from: from("shared"), allow: to("shared", "domain") },
            { from: from("shared"), allow: { ...to("db"), dependency: { kind: "type" } } },
          ],
        },
      ],
    },
  },
];
