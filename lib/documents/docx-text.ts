import type { Element } from "@xmldom/xmldom";
import { tableToLines } from "@/lib/domain/plan-import/table-lines";
import { createNumberer, readNumbering } from "./docx-numbering";
import { attr, childElements, descend, parseXml } from "./xml";

/**
 * The text of a Word document's body, one line per paragraph, in order: automatic numbering
 * written out ("一、", "（一）", "1." as Word shows them), and tables as lines the plan parser
 * reads (table-lines.ts), with vertically merged cells repeated into every row they span.
 * Takes the XML of word/document.xml and word/numbering.xml; no I/O.
 */

/** Parts of a paragraph that hold no visible text of the current version. */
const SKIPPED = new Set(["w:pPr", "w:rPr", "w:del", "w:delText", "w:instrText", "w:fldChar", "w:footnoteReference", "w:commentReference"]);

function runText(element: Element): string {
  let text = "";
  for (const child of childElements(element)) {
    if (SKIPPED.has(child.nodeName)) continue;
    if (child.nodeName === "w:t") text += child.textContent ?? "";
    else if (child.nodeName === "w:tab" || child.nodeName === "w:br" || child.nodeName === "w:cr") text += " ";
    else text += runText(child);
  }
  return text;
}

type TNumberer = ReturnType<typeof createNumberer>;

function paragraphText(paragraph: Element, numberer: TNumberer): string {
  const numPr = descend(paragraph, "w:pPr", "w:numPr");
  const numId = attr(descend(numPr, "w:numId"), "w:val");
  const level = Number(attr(descend(numPr, "w:ilvl"), "w:val") ?? 0);
  const text = runText(paragraph);
  // A numbered but empty paragraph still counts in Word; the marker alone is no line.
  const marker = numId && numId !== "0" ? numberer(numId, level) : "";
  return text.trim() === "" ? "" : marker + text;
}

function cellText(cell: Element, numberer: TNumberer): string {
  return blockLines(cell, numberer).join("\n");
}

/** Rows × grid columns; a cell spanning columns fills the first, a vertical merge repeats the value above. */
function tableGrid(table: Element, numberer: TNumberer): string[][] {
  const grid: string[][] = [];
  for (const row of childElements(table, "w:tr")) {
    const values: string[] = [];
    for (const cell of childElements(row, "w:tc")) {
      const span = Number(attr(descend(cell, "w:tcPr", "w:gridSpan"), "w:val") ?? 1);
      const vMerge = descend(cell, "w:tcPr", "w:vMerge");
      const column = values.length;
      const continues = vMerge !== undefined && attr(vMerge, "w:val") !== "restart";
      values.push(continues ? (grid[grid.length - 1]?.[column] ?? "") : cellText(cell, numberer));
      for (let extra = 1; extra < span; extra++) values.push("");
    }
    grid.push(values);
  }
  return grid;
}

function blockLines(parent: Element, numberer: TNumberer): string[] {
  return childElements(parent).flatMap((child) => {
    if (child.nodeName === "w:p") return [paragraphText(child, numberer)];
    if (child.nodeName === "w:tbl") return tableToLines(tableGrid(child, numberer));
    if (child.nodeName === "w:sdt") return blockLines(descend(child, "w:sdtContent") ?? child, numberer);
    return [];
  });
}

export function docxBodyText(documentXml: string, numberingXml: string | null): string {
  const body = descend(parseXml(documentXml) ?? undefined, "w:body");
  if (!body) throw new Error("word/document.xml has no body");
  const numberer = createNumberer(readNumbering(numberingXml ? parseXml(numberingXml) : null));
  return blockLines(body, numberer).filter((line) => line.trim() !== "").join("\n");
}
