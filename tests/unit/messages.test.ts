import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en, { MESSAGE_FILES as EN_FILES } from "@/messages/en";
import zh, { MESSAGE_FILES as ZH_FILES } from "@/messages/zh-CN";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

const root = path.resolve(import.meta.dirname, "../..");
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("message catalogues", () => {
  it("never define a namespace in two files", () => {
    for (const files of [EN_FILES, ZH_FILES]) {
      const namespaces = Object.values(files).flatMap((file) => Object.keys(file));
      expect(namespaces.length).toBe(new Set(namespaces).size);
    }
  });

  it("have the same keys in Chinese and English", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it("contain every literal key the code asks for", () => {
    const known = new Set(keys(zh));
    const missing: string[] = [];
    for (const file of [...sources(path.join(root, "app")), ...sources(path.join(root, "components"))]) {
      const source = readFileSync(file, "utf8");
      // const t = useTranslations("ns") / await getTranslations("ns")
      const namespaces = new Map<string, string>();
      for (const m of source.matchAll(/const (\w+) = (?:await )?(?:useTranslations|getTranslations)\("([\w.]+)"\)/g)) namespaces.set(m[1]!, m[2]!);
      for (const [name, ns] of namespaces) {
        for (const m of source.matchAll(new RegExp(`\\b${name}\\("([\\w.]+)"`, "g"))) {
          const key = `${ns}.${m[1]}`;
          if (!known.has(key)) missing.push(`${path.relative(root, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("message keys", () => {
  it("contain no dots (next-intl reads a dot as nesting)", () => {
    const dotted = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => [...(k.includes(".") ? [k] : []), ...(typeof v === "object" && v ? dotted(v) : [])]);
    expect(dotted(zh)).toEqual([]);
    expect(dotted(en)).toEqual([]);
  });
});
