import { officeZipType } from "./office-zip-type";
import { oleOfficeType } from "./ole-office-type";

// The one place that reads a file's type from its bytes. It is a small
// magic-number table until the `file-type` package is installed; swapping it
// in changes this file only (and is why this function is async):
//   const found = await fileTypeFromBuffer(bytes);
//   if (found?.ext === "cfb") return oleOfficeType(bytes);
//   if (found && ["zip", "docx", "xlsx", "pptx"].includes(found.ext)) return officeZipType(bytes);
//   return found?.mime ?? null;
// The two container readers stay: they tell Office files apart and refuse
// macro carriers. Executables are recognised on purpose, so that they are
// refused as what they are rather than by falling through to the text check.

type TSignature = { offset: number; bytes: readonly number[] };
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

const SIGNATURES: readonly { mimeType: string; all: readonly TSignature[] }[] = [
  { mimeType: "image/jpeg", all: [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }] },
  { mimeType: "image/png", all: [{ offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }] },
  { mimeType: "image/gif", all: [{ offset: 0, bytes: ascii("GIF87a") }] },
  { mimeType: "image/gif", all: [{ offset: 0, bytes: ascii("GIF89a") }] },
  { mimeType: "image/webp", all: [{ offset: 0, bytes: ascii("RIFF") }, { offset: 8, bytes: ascii("WEBP") }] },
  { mimeType: "application/pdf", all: [{ offset: 0, bytes: ascii("%PDF-") }] },
  { mimeType: "application/x-cfb", all: [{ offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }] },
  { mimeType: "application/zip", all: [{ offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] }] },
  { mimeType: "application/x-msdownload", all: [{ offset: 0, bytes: ascii("MZ") }] },
  { mimeType: "application/x-elf", all: [{ offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] }] },
  { mimeType: "application/x-mach-binary", all: [{ offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] }] },
  { mimeType: "application/x-mach-binary", all: [{ offset: 0, bytes: [0xce, 0xfa, 0xed, 0xfe] }] },
  // Mach-O universal binaries and Java classes share this prefix.
  { mimeType: "application/java-vm", all: [{ offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] }] },
  { mimeType: "application/wasm", all: [{ offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] }] },
];

function matches(bytes: Uint8Array, signature: TSignature): boolean {
  return signature.bytes.every((value, i) => bytes[signature.offset + i] === value);
}

/** The mime type the bytes declare by their signature, or null for none (text, or an unknown binary). */
export async function sniffMimeType(bytes: Uint8Array): Promise<string | null> {
  const found = SIGNATURES.find((entry) => entry.all.every((signature) => matches(bytes, signature)));
  if (!found) return null;
  if (found.mimeType === "application/zip") return officeZipType(bytes);
  if (found.mimeType === "application/x-cfb") return oleOfficeType(bytes);
  return found.mimeType;
}
