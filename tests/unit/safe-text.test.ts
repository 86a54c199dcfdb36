import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isSafeText, oneParam, text } from "@/lib/validation/common";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { parseTaskFilterParams } from "@/lib/validation/task-filter-params";
import { z } from "@/lib/validation/zod";

const root = path.resolve(import.meta.dirname, "../..");

describe("text()", () => {
  it("refuses NUL and unpaired surrogates, keeps pairs", () => {
    expect(isSafeText("梁园区 😀 𠀀")).toBe(true);
    for (const bad of ["a\u0000b", "\ud800", "a\ud83d", "\ude00b", "\udc00\ud800"]) expect(isSafeText(bad), JSON.stringify(bad)).toBe(false);
    expect(text().safeParse("a\u0000").error?.issues[0]?.message).toBe("invalidCharacters");
  });

  // Every input schema gets the check only if none builds a string another way.
  it("is the only string schema of the input schemas", () => {
    const folders = ["lib/validation", "lib/api/endpoints"];
    for (const folder of folders) {
      for (const name of readdirSync(path.join(root, folder))) {
        if (name === "zod.ts") continue;
        const source = readFileSync(path.join(root, folder, name), "utf8");
        const bare = source.split("\n").filter((line) => /\bz\s*\.string\(/.test(line) && !/^\s*(\/\/|\/\*\*|export const text = )/.test(line));
        expect(bare, `${folder}/${name}`).toEqual([]);
        expect(source, `${folder}/${name}`).not.toMatch(/\bz\s*\n\s*\.string\(/);
      }
    }
  });
});

describe("field errors of hostile keys", () => {
  it("are own properties, never the prototype's", () => {
    const parsed = z.object({}).strict().safeParse(JSON.parse('{"__proto__": 1, "constructor": 2}'));
    const errors = fieldErrorsOf(parsed.error!);
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
    expect(Object.keys(errors).sort()).toEqual(["__proto__", "constructor"]);
    expect(JSON.parse(JSON.stringify(errors))).toEqual(JSON.parse('{"__proto__": ["unknownField"], "constructor": ["unknownField"]}'));
  });
});

describe("lenient page parameters", () => {
  it("drop NUL and take the first of repeated values", () => {
    expect(oneParam(["a\u0000b", "c"])).toBe("ab");
    expect(parseTaskFilterParams({ q: "\u0000司法\u0000" }).q).toBe("司法");
  });
});
