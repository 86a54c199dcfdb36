import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules (eslint.layers.mjs) refuse each crossing named in
// docs/decisions/012-layers.md and let the allowed imports through.
// The probes are not files on disk, so the type-aware rules (which need the
// project's program) are switched off here: only the layer rules are under test.
const eslint = new ESLint({
  cwd: import.meta.dirname + "/../..",
  overrideConfig: {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      "@typescript-eslint/no-floating-promises": "off",
      "@typescript-eslint/no-misused-promises": "off",
      "@typescript-eslint/await-thenable": "off",
      "@typescript-eslint/switch-exhaustiveness-check": "off",
    },
  },
});

async function crossings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "boundaries/dependencies").map((m) => m.message.replace(/.*: /, ""));
}

describe("layer rules", () => {
  it("refuses upward and sideways imports at run time", async () => {
    expect(await crossings("lib/domain/probe.ts", 'import { getDb } from "@/db";\nimport { inTransaction } from "@/lib/services/transaction";\nexport const x = [getDb, inTransaction];\n')).toEqual([
      "domain may not import db.",
      "domain may not import services.",
    ]);
    expect(await crossings("db/queries/probe.ts", 'import { setTaskOwner } from "@/lib/services/tasks/set-owner";\nexport const x = setTaskOwner;\n')).toEqual([
      "db may not import services.",
    ]);
    expect(
      await crossings("components/probe.ts", 'import { countUnread } from "@/db/queries/notifications";\nimport { seedDemo } from "@/lib/seed/seed-demo";\nexport const x = [countUnread, seedDemo];\n'),
    ).toEqual(["components may not import db.", "components may not import seed."]);
  });

  it("lets a component name a row's type and call a server action", async () => {
    const code = 'import type { TTask } from "@/db/schema";\nimport { transitionTaskAction } from "@/app/(app)/tasks/actions";\nexport const x: [TTask | null, unknown] = [null, transitionTaskAction];\n';
    expect(await crossings("components/probe.ts", code)).toEqual([]);
  });
}, 60_000);
