import { extensionOf } from "./blocked-extensions";

export const MAX_FILE_NAME_LENGTH = 200;

// C0/C1 controls and DEL; bidirectional overrides and isolates (they make
// "gpj.exe" display as "exe.jpg"); zero-width characters and the BOM.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;
const LINE_BREAKS_AND_TABS = /[\t\n\v\f\r]+/g;
// Characters Windows refuses in a file name; they would break the download.
const RESERVED = /[<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * The name a stored file is shown and downloaded under: the last path segment
 * of what the browser sent, without control or invisible characters, never
 * hidden ("." first) and at most 200 characters, keeping its extension.
 * Chinese and other letters are kept as they are. "" means no usable name.
 */
export function safeFileName(name: string): string {
  const lastSegment = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  let cleaned = lastSegment
    .replace(LINE_BREAKS_AND_TABS, " ")
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (WINDOWS_DEVICE.test(cleaned)) cleaned = `_${cleaned}`;
  return capLength(cleaned);
}

/** Cuts the stem, not the extension, so a long name still opens with the right program. */
function capLength(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= MAX_FILE_NAME_LENGTH) return name;
  const extension = extensionOf(name);
  const suffix = extension && extension.length <= 10 ? `.${extension}` : "";
  const stem = characters.slice(0, MAX_FILE_NAME_LENGTH - Array.from(suffix).length).join("").replace(/[\s.]+$/, "");
  return `${stem}${suffix}`;
}
