import { checkInflatedSize } from "@/lib/uploads/bounded-unzip";
import { docxBodyText } from "./docx-text";
import { readZipEntries } from "./zip-entries";

export type TDocxRead = { ok: true; text: string } | { ok: false; reason: "too_big" | "unreadable" };

const DOCUMENT = "word/document.xml";
const NUMBERING = "word/numbering.xml";

/**
 * The text of a .docx (docx-text.ts). The archive is first inflated once and counted, and
 * refused past `maxInflatedBytes` (the zip-bomb guard of issue 11): only then are its two parts
 * read. A zip without word/document.xml, or XML that does not parse, is unreadable.
 */
export async function readDocxText(bytes: Uint8Array, maxInflatedBytes: number): Promise<TDocxRead> {
  const inflated = await checkInflatedSize(bytes, maxInflatedBytes);
  if (!inflated.ok) return inflated;
  try {
    const parts = await readZipEntries(bytes, [DOCUMENT, NUMBERING]);
    const document = parts.get(DOCUMENT);
    if (!document) return { ok: false, reason: "unreadable" };
    return { ok: true, text: docxBodyText(document.toString("utf8"), parts.get(NUMBERING)?.toString("utf8") ?? null) };
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}
