import yauzl from "yauzl";

export type TInflateCheck = { ok: true; inflatedBytes: number } | { ok: false; reason: "too_big" | "unreadable" };

/**
 * Inflates every entry of a zip (an .xlsx or .docx) once, counting the bytes
 * and discarding them, and stops as soon as the total passes `maxBytes`. The
 * sizes a zip declares are not trusted (a 619 KB workbook declared small and
 * inflated to 600 MB): exceljs and the .docx reader (lib/documents) read the same entries afterwards,
 * and only archives that stayed under the cap get that far. Memory stays at
 * one chunk; yauzl also refuses an entry that inflates past its declared size.
 */
export function checkInflatedSize(bytes: Uint8Array, maxBytes: number): Promise<TInflateCheck> {
  return new Promise((resolve) => {
    let total = 0;
    let settled = false;
    const finish = (result: TInflateCheck, zip?: yauzl.ZipFile) => {
      if (settled) return;
      settled = true;
      zip?.close();
      resolve(result);
    };
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) return finish({ ok: false, reason: "unreadable" });
      zip.on("error", () => finish({ ok: false, reason: "unreadable" }, zip));
      zip.on("end", () => finish({ ok: true, inflatedBytes: total }, zip));
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return finish({ ok: false, reason: "unreadable" }, zip);
          stream.on("data", (chunk: Buffer) => {
            total += chunk.length;
            if (total > maxBytes) {
              stream.destroy();
              finish({ ok: false, reason: "too_big" }, zip);
            }
          });
          // yauzl's "too many bytes in the stream": the entry inflates past the size it declares.
          stream.on("error", (error: Error) => finish({ ok: false, reason: /too many bytes/i.test(error.message) ? "too_big" : "unreadable" }, zip));
          stream.on("end", () => {
            if (!settled) zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
