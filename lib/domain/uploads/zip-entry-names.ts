const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const MAX_ZIP_COMMENT = 0xffff;
const MAX_ENTRIES_READ = 5000;

export type TZipEntry = { name: string; uncompressedSize: number };

/**
 * The entry names of a zip archive, read from its central directory (the
 * authoritative list, at the end of the file), or null when the bytes are no
 * well-formed zip this small reader understands (zip64 included: evidence
 * files are far below its 4 GB threshold). Only names are read, nothing is
 * decompressed, so a zip bomb costs nothing here.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  return zipEntries(bytes)?.map((entry) => entry.name) ?? null;
}

/**
 * The entries with the sizes they declare once decompressed (0xffffffff for
 * a zip64 entry, which is larger than anything we accept), read the same way:
 * what a workbook would cost to open is known before anything is inflated.
 */
export function zipEntries(bytes: Uint8Array): TZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end === null) return null;
  const entryCount = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) return null;
  const entries: TZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let offset = directoryOffset;
  for (let i = 0; i < Math.min(entryCount, MAX_ENTRIES_READ); i++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_HEADER) return null;
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > end) return null;
    entries.push({ name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)), uncompressedSize });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - 22 - MAX_ZIP_COMMENT);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return null;
}
