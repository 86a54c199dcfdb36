import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { officeZipType } from "@/lib/domain/uploads/office-zip-type";
import { decodePlainText } from "@/lib/domain/uploads/plain-text";
import { sniffMimeType } from "@/lib/domain/uploads/sniff-mime-type";
import { zipEntries } from "@/lib/domain/uploads/zip-entry-names";
import { readDocxText } from "@/lib/documents/read-docx";
import { readPdfText } from "@/lib/documents/read-pdf";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { IMPORT_FILE_MAX_BYTES, IMPORT_TEXT_MAX } from "@/lib/validation/imports";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
// A Word document's parts, decompressed, are rarely more than a few times its
// size; a zip that declares more is refused before it is opened (zip bomb).
const DOCX_MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
const OLD_OFFICE = new Set(["application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/x-cfb"]);

const refuse = (key: string, params: Record<string, string | number> = {}) => new AppError("VALIDATION", `importErrors.${key}`, { params });

/**
 * The text of a plan uploaded for import: .txt in UTF-8, GB18030/GBK or
 * UTF-16 (with its byte-order mark), .docx (paragraphs one per line, automatic numbering
 * written out, tables as annotated lines) or .pdf with a text layer.
 * The content decides, never the file name: an executable renamed .txt is
 * refused as binary. Nothing is stored.
 */
export async function extractPlanText(actor: TActor, file: { name: string; bytes: Uint8Array }): Promise<{ text: string }> {
  assertCan(actor, "plan:import");
  const { bytes } = file;
  if (bytes.byteLength === 0) throw refuse("fileEmpty");
  if (bytes.byteLength > IMPORT_FILE_MAX_BYTES) throw refuse("fileTooLarge", { maxMb: IMPORT_FILE_MAX_BYTES / 1024 / 1024 });
  const text = normalise(await readText(bytes));
  if (text.trim() === "") throw refuse("fileEmpty");
  if (text.length > IMPORT_TEXT_MAX) throw refuse("textTooLong", { max: IMPORT_TEXT_MAX });
  return { text };
}

async function readText(bytes: Uint8Array): Promise<string> {
  if (ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) return readDocx(bytes);
  // Before the signature check, which takes UTF-16's byte-order mark for a binary format's.
  const utf16 = decodeUtf16WithBom(bytes);
  if (utf16 !== null) return utf16;
  const sniffed = await sniffMimeType(bytes);
  if (sniffed === "application/pdf") return readPdf(bytes);
  if (sniffed !== null && OLD_OFFICE.has(sniffed)) throw refuse("fileDoc");
  if (sniffed !== null) throw refuse("fileUnsupported");
  const text = decodePlainText(bytes);
  if (text === null) throw refuse("fileUnsupported");
  return text;
}

async function readDocx(bytes: Uint8Array): Promise<string> {
  if (officeZipType(bytes) !== DOCX) throw refuse("fileUnsupported");
  const declared = (zipEntries(bytes) ?? []).reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (declared > DOCX_MAX_UNCOMPRESSED_BYTES) throw refuse("docxTooBig");
  // Declared sizes prove nothing (a zip bomb lies): readDocxText counts what really inflates, and stops at the cap.
  const read = await readDocxText(bytes, DOCX_MAX_UNCOMPRESSED_BYTES);
  if (read.ok) return read.text;
  logger.info({ reason: read.reason }, "docx text extraction failed");
  throw refuse(read.reason === "too_big" ? "docxTooBig" : "docxUnreadable");
}

/** A PDF's text layer; a scan without one is refused with a message saying what to do. */
async function readPdf(bytes: Uint8Array): Promise<string> {
  const read = await readPdfText(bytes);
  if (read.ok) return read.text;
  throw refuse(read.reason === "no_text" ? "filePdf" : "pdfUnreadable");
}

/** Windows Notepad's "Unicode" is UTF-16 with a byte-order mark; its NUL bytes would otherwise look binary. */
function decodeUtf16WithBom(bytes: Uint8Array): string | null {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  if (!encoding) return null;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw refuse("fileUnsupported");
  }
  // The same control characters that mark a binary in decodePlainText.
  if (/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text)) throw refuse("fileUnsupported");
  return text;
}

/** No byte-order mark, "\n" line ends (the parser counts lines the same either way). */
function normalise(text: string): string {
  return text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
}
