import { beforeAll, describe, expect, it } from "vitest";
import { listFrameworkIndicators } from "@/db/queries/indicators/frameworks";
import { importIndicators, previewIndicatorImport } from "@/lib/services/indicators/import-indicators";
import { ZIndicatorImportSchema } from "@/lib/validation/indicators";
import { actorFor, refusal, seedDemoData } from "../support/fixtures";
import { frameworkByCode, indicatorWorkbook } from "../support/indicator-fixtures";

beforeAll(seedDemoData);

const tree = async (code: string) =>
  (await listFrameworkIndicators((await frameworkByCode(code)).id)).map((i) => `${i.code}|${i.name}|${i.level}|${i.parentCode ?? ""}`).sort();

describe("importing an indicator table from Excel", () => {
  it("previews, then writes the merged tree in one go; a stale preview is 409", async () => {
    const admin = await actorFor("admin");
    const national = await frameworkByCode("SFZB-2021");
    const before = await tree("SFZB-2021");
    const bytes = await indicatorWorkbook([
      ["1", "政府职能依法全面履行", 1, ""],
      ["1.2", "测试二级指标", 2, "1"],
      ["1.2.1", "测试三级指标", "3", "1.2"],
      ["2", "测试一级指标", 1, null],
    ]);
    const preview = await previewIndicatorImport(admin, national.id, { bytes });
    if (!preview.ok) throw new Error(JSON.stringify(preview.issues));
    expect(preview).toMatchObject({ added: ["1.2", "1.2.1", "2"], updated: [], unchanged: ["1"], version: national.version });
    expect(await tree("SFZB-2021")).toEqual(before); // a preview writes nothing

    const input = ZIndicatorImportSchema.parse({ frameworkId: national.id, version: preview.version, rows: preview.rows });
    expect(await importIndicators(admin, input)).toMatchObject({ added: 3, updated: 0, unchanged: 1 });
    expect(await tree("SFZB-2021")).toEqual(
      ["1|政府职能依法全面履行|1|", "1.1|加大简政放权力度|2|1", "1.2|测试二级指标|2|1", "1.2.1|测试三级指标|3|1.2", "2|测试一级指标|1|"].sort(),
    );
    // Confirming the same preview again: the framework moved on.
    await refusal(importIndicators(admin, input), "CONFLICT");
  });

  it("reports every bad row and writes nothing", async () => {
    const admin = await actorFor("admin");
    const mechanism = await frameworkByCode("1211");
    const before = await tree("1211");
    const badRows = await indicatorWorkbook([
      ["C", "新抓手", 1, ""],
      ["C", "重复编码", 1, ""],
      ["C1", "上级不存在", 2, "Z"],
      ["C2", "级别不符", 3, "C"],
      ["D", "根级别不是1", 2, ""],
      ["E:1", "编码含冒号", 1, ""],
      ["F", "", "x", ""],
    ]);
    const preview = await previewIndicatorImport(admin, mechanism.id, { bytes: badRows });
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    // Field problems first (rows 7 and 8: the code and the empty name / bad level).
    expect(preview.issues.map((i) => `${i.row}:${i.key}`)).toEqual(["7:indicators.errors.codeFormat", "8:validation.required", "8:indicators.errors.levelFormat"]);

    const treeProblems = await indicatorWorkbook([
      ["C", "新抓手", 1, ""],
      ["C", "重复编码", 1, ""],
      ["C1", "上级不存在", 2, "Z"],
      ["C2", "级别不符", 3, "C"],
      ["D", "根级别不是1", 2, ""],
      ["X", "自己的上级", 2, "X"],
      ["A1", "移到 C2 下形成循环", 2, "Y1"],
      ["Y1", "循环", 2, "A1"],
    ]);
    const second = await previewIndicatorImport(admin, mechanism.id, { bytes: treeProblems });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.issues.map((i) => `${i.row}:${i.key.replace("indicators.issues.", "")}`)).toEqual([
      "3:duplicateCode",
      "4:parentMissing",
      "5:levelMismatch",
      "6:rootLevel",
      "7:selfParent",
      "8:cycle",
      "9:cycle",
    ]);
    // The confirm door checks again: rows that fail the tree rules are refused whole.
    await refusal(
      importIndicators(admin, { frameworkId: mechanism.id, version: mechanism.version, rows: [{ code: "C1", name: "x", level: 2, parentCode: "Z" }] }),
      "VALIDATION",
    );
    expect(await tree("1211")).toEqual(before);
    // Not a workbook at all.
    const junk = await previewIndicatorImport(admin, mechanism.id, { bytes: new TextEncoder().encode("code,name\n1,x") });
    expect(junk).toMatchObject({ ok: false, issues: [{ key: "indicators.issues.notWorkbook" }] });
  });

  it("refuses anyone but an admin", async () => {
    const mechanism = await frameworkByCode("1211");
    const bytes = await indicatorWorkbook([["C", "新抓手", 1, ""]]);
    for (const account of ["supervisor", "leader", "sfj_head"]) {
      const actor = await actorFor(account);
      await refusal(previewIndicatorImport(actor, mechanism.id, { bytes }), "FORBIDDEN");
      await refusal(importIndicators(actor, { frameworkId: mechanism.id, version: mechanism.version, rows: [{ code: "C", name: "x", level: 1, parentCode: null }] }), "FORBIDDEN");
    }
  });
});
