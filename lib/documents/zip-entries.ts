import yauzl from "yauzl";

/**
 * The named entries of a zip, inflated. Call only after `checkInflatedSize` (lib/uploads/
 * bounded-unzip.ts) accepted the archive: that pass bounds what inflating may cost, and yauzl
 * still refuses an entry that inflates past its declared size. Missing entries are absent.
 */
export function readZipEntries(bytes: Uint8Array, names: readonly string[]): Promise<Map<string, Buffer>> {
  const wanted = new Set(names);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error("unreadable zip"));
      const found = new Map<string, Buffer>();
      zip.on("error", reject);
      zip.on("end", () => resolve(found));
      zip.on("entry", (entry: yauzl.Entry) => {
        if (!wanted.has(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error("unreadable entry"));
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("error", reject);
          stream.on("end", () => {
            found.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
