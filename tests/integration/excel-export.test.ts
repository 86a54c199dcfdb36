import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { listTasks } from "@/db/queries/tasks/list-tasks";
import { EXPORT_COLUMNS } from "@/lib/domain/task-workbook/columns";
import { actorFor, departmentId } from "../support/fixtures";
import { columnOf, context, dataRows, exportWorkbook, LONG_NOTE, rowFor, seedLedger, titlesOf } from "../support/excel-ledger";

let goal: { id: string; label: string };
beforeAll(async () => {
  goal = await seedLedger();
});

describe("exporting the 台账", () => {
  it("writes every task of the list, in its order, with the 台账 headers, frozen and filterable", async () => {
    const supervisor = await actorFor("supervisor");
    const { rows, sheet } = await exportWorkbook(supervisor, {});
    const list = await listTasks(supervisor, { limit: 200 }, context);
    expect(rows).toBe(list.total.n);
    expect(titlesOf(sheet)).toEqual(list.items.map((i) => i.title));
    expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS.map((c) => c.header)]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // The filter spans every header cell (A1 to the last column's letter).
    expect(sheet.autoFilter).toBe(`A1:${String.fromCharCode(64 + EXPORT_COLUMNS.length)}1`);
    expect(sheet.getColumn(columnOf("任务")).width).toBe(40);
    // It prints as is: A4 landscape, every column on the page width, the header on every page, long text wrapped.
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe("1:1");
    expect(dataRows(sheet)[0]!.getCell(columnOf("任务")).alignment).toMatchObject({ wrapText: true });
    expect(dataRows(sheet).map((row) => row.getCell(1).value)).toEqual(list.items.map((_, i) => i + 1));
  });

  it("writes dates as date cells, progress as a percentage, Chinese words, the latest note cut to 500 characters and the notice count", async () => {
    const { sheet } = await exportWorkbook(await actorFor("supervisor"), {});
    const row = rowFor(sheet, "台账导出示范任务");
    const due = row.getCell(columnOf("完成时限"));
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect(due.value).toEqual(new Date(Date.UTC(2030, 5, 30)));
    expect(due.numFmt).toBe("yyyy-mm-dd");
    const progress = row.getCell(columnOf("进度"));
    expect(progress.value).toBe(0.6);
    expect(progress.numFmt).toBe("0%");
    expect(row.getCell(columnOf("所属条目")).value).toBe(goal.label);
    expect(row.getCell(columnOf("牵头单位")).value).toBe("区司法局");
    expect(row.getCell(columnOf("配合单位")).value).toBe("区财政局、区审计局");
    expect(row.getCell(columnOf("状态")).value).toBe("办理中");
    expect(row.getCell(columnOf("预警")).value).toBe("绿灯");
    const note = String(row.getCell(columnOf("最新进展")).value);
    expect(note).toHaveLength(500);
    expect(note).toBe(`${LONG_NOTE.slice(0, 499)}…`);
    expect(row.getCell(columnOf("督办次数")).value).toBe(2);
    const market = rowFor(sheet, "市场监管局牵头任务");
    expect(market.getCell(columnOf("督办次数")).value).toBe(1);
    expect(market.getCell(columnOf("预警")).value).toBe("红灯");
    expect(market.getCell(columnOf("最新进展")).value).toBeNull();
    expect(rowFor(sheet, "已办结的任务").getCell(columnOf("状态")).value).toBe("已办结");
  });

  it("applies the list's filters", async () => {
    const supervisor = await actorFor("supervisor");
    expect(titlesOf((await exportWorkbook(supervisor, { status: ["in_progress"] })).sheet)).toEqual(["台账导出示范任务"]);
    expect(titlesOf((await exportWorkbook(supervisor, { warning: "red" })).sheet)).toEqual(["市场监管局牵头任务"]);
    expect(titlesOf((await exportWorkbook(supervisor, { q: "草稿" })).sheet)).toEqual(["尚未下发的草稿"]);
    const empty = await exportWorkbook(supervisor, { q: "没有这样的任务" });
    expect(empty.rows).toBe(0);
    expect(empty.sheet.getRow(1).getCell(2).value).toBe("任务");
  });

  it("gives a department user only its department's published tasks", async () => {
    const officer = await exportWorkbook(await actorFor("sfj_officer"), {});
    expect(titlesOf(officer.sheet).sort()).toEqual(["台账导出示范任务", "已办结的任务"].sort());
    const market = await exportWorkbook(await actorFor("scj_officer"), {});
    expect(titlesOf(market.sheet)).toEqual(["市场监管局牵头任务"]);
    // A department filter cannot widen the scope.
    const widened = await exportWorkbook(await actorFor("scj_officer"), { departmentId: await departmentId("区司法局") });
    expect(widened.rows).toBe(0);
  });
});
