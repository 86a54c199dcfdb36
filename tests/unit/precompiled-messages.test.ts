import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatFull from "use-intl/format-message";
import formatPrecompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { compileMessage, MESSAGES_PRECOMPILED } from "@/i18n/precompile";
import en from "@/messages/en";
import zh from "@/messages/zh-CN";

// next.config.mjs gives the app's bundles the formatter that takes only precompiled messages
// (i18n/precompile.ts); here, outside Next, both formatters are compared on every message.
type TFormat = (key: string, message: unknown, values: Record<string, unknown> | undefined, config: object) => unknown;

function leaves(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value as object, `${prefix}${key}.`)));
}

/** A value for each argument of a compiled message: a number for plurals, the first option of a select, a function for a tag. */
function valuesOf(node: unknown, values: Record<string, unknown> = {}): Record<string, unknown> {
  if (!Array.isArray(node)) return values;
  const [name, kind, ...rest] = node as [unknown, unknown, ...unknown[]];
  if (typeof name !== "string") {
    for (const child of node) valuesOf(child, values);
    return values;
  }
  if (kind === undefined) values[name] ??= "甲";
  else if (kind === 1) values[name] ??= Object.keys(rest[0] as object)[0];
  else if (kind === 2 || kind === 3 || kind === 4) values[name] ??= 3;
  else if (kind === 5 || kind === 6) values[name] ??= new Date(Date.UTC(2026, 0, 15, 8));
  else values[name] ??= (chunks: unknown[]) => `[${chunks.join("")}]`;
  for (const child of [kind, ...rest]) {
    if (Array.isArray(child)) valuesOf(child, values);
    else if (child && typeof child === "object") for (const option of Object.values(child)) valuesOf(option, values);
  }
  return values;
}

/** What React passes from a server to a client component: arrays, strings, numbers and plain objects. */
function isPlain(node: unknown): boolean {
  if (Array.isArray(node)) return node.every(isPlain);
  if (node && typeof node === "object") return Object.getPrototypeOf(node) === Object.prototype && Object.values(node).every(isPlain);
  return true;
}

const flat = (result: unknown) => (Array.isArray(result) ? result.join("") : String(result));

describe("precompiled messages (no intl-messageformat in the pages)", () => {
  it("leaves messages as they are where the full formatter is loaded (tests, scripts)", () => {
    expect(MESSAGES_PRECOMPILED).toBe(false);
  });

  for (const [locale, catalogue] of [["zh-CN", zh], ["en", en]] as const) {
    it(`formats every ${locale} message precompiled as the full formatter does`, () => {
      const cache = _createCache();
      const config = { cache, formatters: _createIntlFormatters(cache), locale, timeZone: "Asia/Shanghai" };
      for (const [key, message] of leaves(catalogue)) {
        const compiled = compileMessage(message);
        if (compiled === message && /[<{]/.test(message)) {
          // Not ICU (en apiDocs.intro's "Bearer <token>"): production's full formatter gives a
          // message called without values as it is, and so does the precompiled one.
          expect(message, `${key} has an argument but does not compile`).not.toContain("{");
          expect((formatPrecompiled as TFormat)(key, compiled, undefined, config)).toBe(message);
          continue;
        }
        expect(isPlain(compiled), `${key} compiles to objects React cannot send to the client`).toBe(true);
        const values = valuesOf(compiled);
        const args = Object.keys(values).length ? values : undefined;
        const full = flat((formatFull as TFormat)(key, message, args, config));
        expect(flat((formatPrecompiled as TFormat)(key, compiled, args, config)), key).toBe(full);
      }
    });
  }
});
