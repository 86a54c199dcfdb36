import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { storedFileChunks, storedFiles } from "@/db/schema";
import { assertFileKey, FileTooLargeError, piecesOf, type TFileStore, type TStoredFileInfo } from "./file-store";

/** Bytes per row of stored_file_chunks: a download holds one chunk in memory at a time. */
export const CHUNK_BYTES = 256 * 1024;
// The first half of the two-int advisory lock key: puts of one key queue up.
const PUT_LOCK_CLASS = 19;

const info = { key: storedFiles.key, id: storedFiles.id, size: storedFiles.size, contentType: storedFiles.contentType };

/**
 * Files in PostgreSQL (stored_files, stored_file_chunks): every instance on
 * the database sees them, a put commits with all its chunks or not at all,
 * and they are backed up with the rest of the data by pg_dump.
 * `getDb` is asked on each call (tests reopen the database; two clients
 * stand for two instances).
 */
export function databaseFileStore(getDb: () => Promise<Db>): TFileStore {
  async function find(key: string) {
    assertFileKey(key);
    const [file] = await (await getDb()).select(info).from(storedFiles).where(eq(storedFiles.key, key));
    return file ?? null;
  }
  const publicInfo = (file: TStoredFileInfo): TStoredFileInfo => ({ key: file.key, size: file.size, contentType: file.contentType });

  return {
    kind: "database",

    async put(key, body, { contentType, maxBytes = Number.POSITIVE_INFINITY }) {
      assertFileKey(key);
      return (await getDb()).transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${PUT_LOCK_CLASS}, hashtext(${key}))`);
        await tx.delete(storedFiles).where(eq(storedFiles.key, key));
        const [file] = await tx.insert(storedFiles).values({ key, contentType, size: 0 }).returning({ id: storedFiles.id });
        const size = await writeChunks(tx, file!.id, piecesOf(body), maxBytes);
        await tx.update(storedFiles).set({ size }).where(eq(storedFiles.id, file!.id));
        return { key, size, contentType };
      });
    },

    async get(key) {
      const file = await find(key);
      if (!file) return null;
      const chunks = await (await getDb())
        .select({ data: storedFileChunks.data })
        .from(storedFileChunks)
        .where(eq(storedFileChunks.fileId, file.id))
        .orderBy(asc(storedFileChunks.seq));
      return { ...publicInfo(file), bytes: new Uint8Array(Buffer.concat(chunks.map((c) => c.data))) };
    },

    async stream(key) {
      const file = await find(key);
      if (!file) return null;
      let seq = 0;
      let read = 0;
      // One query per chunk, no connection held between them; the file's id
      // pins the version: a put meanwhile deletes these chunks, and the reader
      // then fails instead of mixing two contents.
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (read >= file.size) return controller.close();
          const [chunk] = await (await getDb())
            .select({ data: storedFileChunks.data })
            .from(storedFileChunks)
            .where(and(eq(storedFileChunks.fileId, file.id), eq(storedFileChunks.seq, seq)));
          if (!chunk) return controller.error(new Error(`stored file ${key} changed or vanished while it was read`));
          seq += 1;
          read += chunk.data.byteLength;
          controller.enqueue(chunk.data);
        },
      });
      return { ...publicInfo(file), body };
    },

    async stat(key) {
      const file = await find(key);
      return file && publicInfo(file);
    },

    async exists(key) {
      return (await find(key)) !== null;
    },

    async delete(key) {
      assertFileKey(key);
      await (await getDb()).delete(storedFiles).where(eq(storedFiles.key, key));
    },
  };
}

/** Cuts the pieces into CHUNK_BYTES rows; returns the size, or throws past maxBytes (the transaction rolls back). */
async function writeChunks(tx: Tx, fileId: string, pieces: AsyncIterable<Uint8Array>, maxBytes: number): Promise<number> {
  let size = 0;
  let seq = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    await tx.insert(storedFileChunks).values({ fileId, seq: seq++, data: Buffer.concat(pending) });
    pending = [];
    pendingBytes = 0;
  };
  for await (const piece of pieces) {
    size += piece.byteLength;
    if (size > maxBytes) throw new FileTooLargeError(maxBytes);
    for (let offset = 0; offset < piece.byteLength; ) {
      const take = Math.min(CHUNK_BYTES - pendingBytes, piece.byteLength - offset);
      pending.push(piece.subarray(offset, offset + take));
      pendingBytes += take;
      offset += take;
      if (pendingBytes === CHUNK_BYTES) await flush();
    }
  }
  if (pendingBytes > 0) await flush();
  return size;
}
