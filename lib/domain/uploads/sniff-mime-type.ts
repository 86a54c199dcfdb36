import { fileTypeFromBuffer } from "file-type";
import { officeZipType } from "./office-zip-type";
import { oleOfficeType } from "./ole-office-type";

// The one place that reads a file's type from its bytes, with the `file-type`
// library (magic numbers of several hundred formats, executables included, so
// that they are refused as what they are rather than falling through to the
// text check). Office containers are then read by our own small readers,
// which tell Word, Excel and PowerPoint apart and refuse macro carriers.

/** The mime type the bytes declare by their signature, or null for none (text, or an unknown binary). */
export async function sniffMimeType(bytes: Uint8Array): Promise<string | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return null;
  if (found.ext === "cfb") return oleOfficeType(bytes);
  if (["zip", "docx", "xlsx", "pptx", "docm", "xlsm", "pptm"].includes(found.ext)) return officeZipType(bytes);
  return found.mime;
}
