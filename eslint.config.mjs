import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { layers } from "./eslint.layers.mjs";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Time is an input: rules read "now" from lib/clock, never from the system directly.
    files: ["app/**", "components/**", "lib/**", "db/**"],
    ignores: ["lib/clock.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Read the time from lib/clock (clock.now())." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Read the time from lib/clock (clock.nowMs())." },
      ],
    },
  },
  ...layers,
  { ignores: [".next/**", ".data/**", "node_modules/**", "db/migrations/**", "next-env.d.ts"] },
];
export default config;
