import { zipEntryNames } from "./zip-entry-names";

// Office Open XML documents (and WPS files saved in that format) are zip
// archives told apart by their parts: word/, xl/ or ppt/. A macro project
// (vbaProject.bin) makes them docm/xlsm/pptm, which are not on the allow-list.
const PARTS = [
  {
    folder: "word/",
    plain: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    withMacros: "application/vnd.ms-word.document.macroEnabled.12",
  },
  {
    folder: "xl/",
    plain: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    withMacros: "application/vnd.ms-excel.sheet.macroEnabled.12",
  },
  {
    folder: "ppt/",
    plain: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    withMacros: "application/vnd.ms-powerpoint.presentation.macroEnabled.12",
  },
] as const;

/** The mime type of a zip by its content: an Office document, or "application/zip" for any other archive. */
export function officeZipType(bytes: Uint8Array): string {
  const names = zipEntryNames(bytes);
  if (!names || !names.includes("[Content_Types].xml")) return "application/zip";
  const hasMacros = names.some((name) => name.toLowerCase().endsWith("vbaproject.bin"));
  for (const part of PARTS) {
    if (names.some((name) => name.startsWith(part.folder))) return hasMacros ? part.withMacros : part.plain;
  }
  return "application/zip";
}
