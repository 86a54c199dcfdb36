import { cfbRootEntryNames } from "./cfb-root-entry-names";

// A compound file's top-level stream names tell Word, Excel and PowerPoint
// apart (WPS writes the same streams). A VBA project makes a document a macro
// carrier, which evidence never needs; it is refused with the non-Office CFB
// files (installers .msi, Outlook .msg, …) as "application/x-cfb".
const MACRO_STORAGES = ["Macros", "_VBA_PROJECT_CUR", "_VBA_PROJECT"];

export function oleOfficeType(bytes: Uint8Array): string {
  const names = cfbRootEntryNames(bytes) ?? [];
  if (names.some((name) => MACRO_STORAGES.includes(name))) return "application/x-cfb";
  if (names.includes("WordDocument")) return "application/msword";
  if (names.includes("Workbook") || names.includes("Book")) return "application/vnd.ms-excel";
  if (names.includes("PowerPoint Document")) return "application/vnd.ms-powerpoint";
  return "application/x-cfb";
}
