import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertFileKey, FileTooLargeError, piecesOf, type TFileStore, type TStoredFileInfo } from "./file-store";

const UNKNOWN_TYPE = "application/octet-stream";

/**
 * Files in a folder (the embedded database's store: one process, one disk).
 * A key is a relative path under the root (evidence: "ab/<sha-256>", the
 * layout of earlier versions, so their files stay readable); its content type
 * sits beside it under `.meta/`. Bytes are written to `.tmp/`, flushed and
 * renamed into place, so a crash never leaves half a file under a key.
 */
export function folderFileStore(rootDir: string): TFileStore {
  const root = path.resolve(rootDir);
  const fileOf = (key: string) => {
    assertFileKey(key);
    return path.join(root, key);
  };
  const metaOf = (key: string) => path.join(root, ".meta", `${key}.json`);

  async function statOf(key: string): Promise<TStoredFileInfo | null> {
    const file = fileOf(key);
    let size: number;
    try {
      const found = await stat(file);
      if (!found.isFile()) return null;
      size = found.size;
    } catch {
      return null;
    }
    let contentType = UNKNOWN_TYPE;
    try {
      contentType = (JSON.parse(await readFile(metaOf(key), "utf8")) as { contentType?: string }).contentType ?? UNKNOWN_TYPE;
    } catch {
      // A file of an earlier version has no metadata: its type is the attachment row's.
    }
    return { key, size, contentType };
  }

  async function writeAtomically(target: string, pieces: AsyncIterable<Uint8Array>, maxBytes: number): Promise<number> {
    const temporaryDir = path.join(root, ".tmp");
    await Promise.all([mkdir(path.dirname(target), { recursive: true }), mkdir(temporaryDir, { recursive: true })]);
    const temporary = path.join(temporaryDir, randomUUID());
    try {
      const handle = await open(temporary, "wx", 0o640);
      let size = 0;
      try {
        for await (const piece of pieces) {
          size += piece.byteLength;
          if (size > maxBytes) throw new FileTooLargeError(maxBytes);
          await handle.write(piece);
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
      return size;
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  return {
    kind: "folder",

    async put(key, body, { contentType, maxBytes = Number.POSITIVE_INFINITY }) {
      const target = fileOf(key);
      const size = await writeAtomically(target, piecesOf(body), maxBytes);
      const meta = metaOf(key);
      await writeAtomically(meta, piecesOf(Buffer.from(JSON.stringify({ contentType }))), Number.POSITIVE_INFINITY);
      return { key, size, contentType };
    },

    async get(key) {
      const found = await statOf(key);
      if (!found) return null;
      return { ...found, bytes: new Uint8Array(await readFile(fileOf(key))) };
    },

    async stream(key) {
      const found = await statOf(key);
      if (!found) return null;
      return { ...found, body: Readable.toWeb(createReadStream(fileOf(key))) as ReadableStream<Uint8Array> };
    },

    stat: statOf,

    async exists(key) {
      return (await statOf(key)) !== null;
    },

    async delete(key) {
      await rm(fileOf(key), { force: true });
      await rm(metaOf(key), { force: true });
    },
  };
}
