import ExcelJS from "exceljs";
import { sniffMimeType } from "@/lib/domain/uploads/sniff-mime-type";
import { zipEntries } from "@/lib/domain/uploads/zip-entry-names";
import { checkInflatedSize } from "@/lib/uploads/bounded-unzip";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type TOpenedWorkbook =
  | { ok: true; workbook: ExcelJS.Workbook }
  | { ok: false; reason: "tooLarge" | "notWorkbook" | "inflatesTooFar" };

/**
 * An uploaded .xlsx opened behind the guards every importer needs: the file's
 * size, its real type (macro workbooks and renamed files refused), and what its
 * parts declare and really inflate to (a zip bomb lies about the first).
 */
export async function openUploadedWorkbook(bytes: Uint8Array, limits: { maxBytes: number; maxInflatedBytes: number }): Promise<TOpenedWorkbook> {
  if (bytes.byteLength > limits.maxBytes) return { ok: false, reason: "tooLarge" };
  if (bytes.byteLength === 0 || (await sniffMimeType(bytes)) !== XLSX) return { ok: false, reason: "notWorkbook" };
  const declared = (zipEntries(bytes) ?? []).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limits.maxInflatedBytes) return { ok: false, reason: "inflatesTooFar" };
  const inflated = await checkInflatedSize(bytes, limits.maxInflatedBytes);
  if (!inflated.ok) return { ok: false, reason: inflated.reason === "too_big" ? "inflatesTooFar" : "notWorkbook" };
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer (JSZip reads either).
  const data = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(data).set(bytes);
  try {
    await workbook.xlsx.load(data);
  } catch {
    return { ok: false, reason: "notWorkbook" };
  }
  return { ok: true, workbook };
}
