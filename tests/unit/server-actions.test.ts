import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const serverActionFiles = [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "lib"))].filter((file) =>
  /^\s*["']use server["'];?/m.test(readFileSync(file, "utf8").split("\n").slice(0, 3).join("\n")),
);

// Every door into a write goes through the wrapper: session → zod → permission → service.
describe("server actions", () => {
  it("exist", () => {
    expect(serverActionFiles.length).toBeGreaterThan(0);
  });

  for (const file of serverActionFiles) {
    it(`${path.relative(root, file)} exports only wrapped actions`, () => {
      const source = readFileSync(file, "utf8");
      const exports = source.split("\n").filter((line) => /^export\b/.test(line));
      expect(exports.length).toBeGreaterThan(0);
      for (const line of exports) {
        expect(line, line).toMatch(/^export const \w+ = (authedAction|publicAction)\(/);
      }
    });
  }
});
