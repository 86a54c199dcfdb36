import { readDocxText } from "@/lib/documents/read-docx";
import yauzl from "yauzl";

/** The text of every part of a .docx (a zip of XML files), by path: what Word reads when it opens one. */
export function docxParts(bytes: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error("not a zip"));
      const parts = new Map<string, string>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error("unreadable entry"));
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            parts.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(parts));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

/** The .docx's text, paragraphs one per line, through the same reader plan imports use (@xmldom/xmldom over word/document.xml). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const read = await readDocxText(bytes, 100 * 1024 * 1024);
  if (!read.ok) throw new Error(`the .docx does not reopen: ${read.reason}`);
  return read.text;
}
