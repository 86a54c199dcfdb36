import type ExcelJS from "exceljs";

/**
 * How every exported sheet prints as is (an official prints the 台账 and files it):
 * A4 landscape, all columns scaled onto the page width (as many pages down as needed),
 * the header row repeated on every page, centred, with narrow margins.
 */
export function printSetup(headerRow = 1): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/** Long Chinese text wraps inside its column instead of running under the next one. */
export const WRAPPED: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
