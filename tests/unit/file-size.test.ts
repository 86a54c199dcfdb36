import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Small files with one job (issue 16): no file we write — code, styles, message catalogues,
// scripts, tests — passes 250 lines. Migrations are generated and test fixtures are data.
const LIMIT = 250;
const root = path.resolve(import.meta.dirname, "../..");
const CHECKED = /\.(ts|tsx|mjs|js|css|json)$/;
const EXEMPT = [/^db\/migrations\//, /^tests\/fixtures\//, /^package(-lock)?\.json$/, /^scripts\/js-budget-ceilings\.json$/];

const files = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((file) => CHECKED.test(file) && !EXEMPT.some((pattern) => pattern.test(file)));

describe(`every file is at most ${LIMIT} lines`, () => {
  it("finds the files", () => {
    expect(files.length).toBeGreaterThan(500);
  });

  it("holds for all of them", () => {
    const long = files
      .map((file) => ({ file, lines: readFileSync(path.join(root, file), "utf8").split("\n").length - 1 }))
      .filter(({ lines }) => lines > LIMIT)
      .map(({ file, lines }) => `${file}: ${lines}`);
    expect(long).toEqual([]);
  });
});
