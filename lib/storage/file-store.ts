/**
 * Where the app keeps files that are not rows: evidence uploads now, generated
 * documents later (docs/decisions/019-shared-file-store.md). Every instance
 * of the app must see the same files, so on PostgreSQL they live in the
 * database (lib/storage/database-file-store.ts) and on the embedded database,
 * which is one process by construction, in a folder (folder-file-store.ts).
 * An S3-compatible store would be a third implementation of this type.
 */
export type TStoredFileInfo = { key: string; size: number; contentType: string };

export type TFileBody = Uint8Array | AsyncIterable<Uint8Array>;

export type TPutOptions = {
  contentType: string;
  /** Refuse (FileTooLargeError, nothing stored) when the body grows past this. */
  maxBytes?: number;
};

export type TFileStore = {
  readonly kind: "database" | "folder";
  /** Stores the body under the key, replacing what was there; all or nothing. */
  put(key: string, body: TFileBody, options: TPutOptions): Promise<TStoredFileInfo>;
  /** The whole file in memory: for small files only; null when there is none. */
  get(key: string): Promise<(TStoredFileInfo & { bytes: Uint8Array }) | null>;
  /** The file as a stream that reads a piece at a time; null when there is none. */
  stream(key: string): Promise<(TStoredFileInfo & { body: ReadableStream<Uint8Array> }) | null>;
  stat(key: string): Promise<TStoredFileInfo | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the file; no error when there was none. */
  delete(key: string): Promise<void>;
};

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file larger than ${maxBytes} bytes`);
    this.name = "FileTooLargeError";
  }
}

// Segments of letters, digits, dot, dash and underscore, not starting with a
// dot, joined by "/": a key is never absolute and never climbs out ("..").
const KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;
const KEY_MAX = 512;

export function assertFileKey(key: string): void {
  if (key.length > KEY_MAX || !KEY.test(key)) throw new Error(`not a file key: ${JSON.stringify(key)}`);
}

/** The body as pieces, whatever was given. */
export async function* piecesOf(body: TFileBody): AsyncGenerator<Uint8Array> {
  if (body instanceof Uint8Array) yield body;
  else for await (const piece of body) yield piece;
}

/** Reads a stream to its end (tests, small files). */
export async function readAll(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of body as unknown as AsyncIterable<Uint8Array>) parts.push(part);
  return new Uint8Array(Buffer.concat(parts));
}
