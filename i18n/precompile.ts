import compile from "icu-minify/compile";
import formatMessage from "use-intl/format-message";

/**
 * next.config.mjs points `use-intl/format-message` at its precompiled-only variant, so that no
 * page ships intl-messageformat (12 kB gzip; docs/performance/js-budget.md). That variant
 * formats messages compiled with icu-minify and marks itself `raw = false` (it cannot give
 * `t.raw`); the full formatter, which tests and scripts outside Next load, takes the ICU
 * strings as they are. Messages are compiled for whichever formatter this process has.
 */
export const MESSAGES_PRECOMPILED = (formatMessage as { raw?: boolean }).raw === false;

type TTree = { [key: string]: unknown };

/**
 * A message icu-minify cannot parse stays a string, which the precompiled formatter gives back
 * as it is: what the full formatter does with a message called without values (en
 * apiDocs.intro's "Bearer <token>" is not a tag). A unit test holds that no such message has
 * an argument.
 */
export function compileMessage(message: string): unknown {
  try {
    // icu-minify's plural and select options are null-prototype objects, which React will not
    // pass to the client's NextIntlClientProvider: plain JSON, as next-intl's loader gives.
    return JSON.parse(JSON.stringify(compile(message))) as unknown;
  } catch {
    return message;
  }
}

function compileTree(tree: TTree): TTree {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === "string" ? compileMessage(value) : compileTree(value as TTree)]));
}

// Keyed by the catalogue object: a catalogue edited under `next dev` is a new object, compiled anew.
const compiled = new WeakMap<object, TTree>();

/** A catalogue as this process's formatter needs it: compiled once, or as it is. */
export function preparedMessages<T extends object>(messages: T): T {
  if (!MESSAGES_PRECOMPILED) return messages;
  let tree = compiled.get(messages);
  if (!tree) {
    tree = compileTree(messages as TTree);
    compiled.set(messages, tree);
  }
  return tree as T;
}
