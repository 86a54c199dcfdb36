import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb, getDbHandle, schema } from "@/db";
import { CHUNK_BYTES, databaseFileStore } from "@/lib/storage/database-file-store";
import { FileTooLargeError, readAll, type TFileStore } from "@/lib/storage/file-store";
import { folderFileStore } from "@/lib/storage/folder-file-store";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "dudao-file-store-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function* inPieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += size) yield bytes.subarray(offset, offset + size);
}

const stores: [string, () => TFileStore][] = [
  ["database", () => databaseFileStore(getDb)],
  ["folder", () => folderFileStore(folder)],
];

describe.each(stores)("the %s file store", (_kind, makeStore) => {
  it("puts, stats, gets, streams and deletes a file", async () => {
    const store = makeStore();
    const bytes = new Uint8Array(Buffer.from("整改报告：已完成。\n"));
    expect(await store.put("ab/report-1", bytes, { contentType: "text/plain" })).toEqual({ key: "ab/report-1", size: bytes.byteLength, contentType: "text/plain" });
    expect(await store.exists("ab/report-1")).toBe(true);
    expect(await store.stat("ab/report-1")).toEqual({ key: "ab/report-1", size: bytes.byteLength, contentType: "text/plain" });
    expect((await store.get("ab/report-1"))?.bytes).toEqual(bytes);
    expect(await readAll((await store.stream("ab/report-1"))!.body)).toEqual(bytes);
    await store.delete("ab/report-1");
    expect(await store.exists("ab/report-1")).toBe(false);
    expect(await store.get("ab/report-1")).toBeNull();
    expect(await store.stream("ab/report-1")).toBeNull();
    await store.delete("ab/report-1");
  });

  it("takes a stream in odd pieces and gives back a file of several chunks, a chunk at a time", async () => {
    const store = makeStore();
    const bytes = new Uint8Array(randomBytes(CHUNK_BYTES * 2 + 12_345));
    const stored = await store.put("exports/big.bin", inPieces(bytes, 100_000), { contentType: "application/octet-stream" });
    expect(stored.size).toBe(bytes.byteLength);
    const reader = (await store.stream("exports/big.bin"))!.body.getReader();
    const pieces: Uint8Array[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) pieces.push(next.value);
    expect(Math.max(...pieces.map((p) => p.byteLength))).toBeLessThanOrEqual(store.kind === "database" ? CHUNK_BYTES : 64 * 1024);
    // Buffer.equals: toEqual on half a megabyte compares byte by byte, slowly.
    expect(Buffer.concat(pieces).equals(bytes)).toBe(true);
  });

  it("stores an empty file and replaces a file whole", async () => {
    const store = makeStore();
    await store.put("cd/empty", new Uint8Array(0), { contentType: "text/plain" });
    expect(await store.get("cd/empty")).toMatchObject({ size: 0, bytes: new Uint8Array(0) });
    await store.put("cd/empty", new Uint8Array([1, 2, 3]), { contentType: "application/pdf" });
    expect(await store.get("cd/empty")).toMatchObject({ size: 3, contentType: "application/pdf", bytes: new Uint8Array([1, 2, 3]) });
  });

  it("refuses a body over maxBytes and keeps what was there", async () => {
    const store = makeStore();
    await store.put("ef/limited", new Uint8Array([7]), { contentType: "text/plain" });
    const big = new Uint8Array(CHUNK_BYTES + 10);
    await expect(store.put("ef/limited", inPieces(big, 4096), { contentType: "text/plain", maxBytes: CHUNK_BYTES })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await store.get("ef/limited")).toMatchObject({ size: 1, bytes: new Uint8Array([7]) });
    await expect(store.put("ef/new", big, { contentType: "text/plain", maxBytes: 10 })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await store.exists("ef/new")).toBe(false);
  });

  it.each(["../etc/passwd", "/abs", "a/../b", ".meta/x", "a//b", "", "a\\b", "空格 名"])("refuses the key %j", async (key) => {
    const store = makeStore();
    await expect(store.put(key, new Uint8Array([1]), { contentType: "text/plain" })).rejects.toThrow(/not a file key/);
    await expect(store.get(key)).rejects.toThrow(/not a file key/);
  });
});

describe("the database store", () => {
  it("fails a reader whose file is replaced under it, rather than mixing two contents", async () => {
    const store = databaseFileStore(getDb);
    await store.put("gh/moving", new Uint8Array(CHUNK_BYTES * 3).fill(1), { contentType: "application/octet-stream" });
    const reader = (await store.stream("gh/moving"))!.body.getReader();
    expect((await reader.read()).value?.[0]).toBe(1);
    await store.put("gh/moving", new Uint8Array(CHUNK_BYTES * 3).fill(2), { contentType: "application/octet-stream" });
    await expect((async () => {
      for (let next = await reader.read(); !next.done; next = await reader.read()) expect(next.value[0]).toBe(1);
    })()).rejects.toThrow(/changed or vanished/);
  });
});

// Two instances of the app are two processes with their own connection pools
// on one server: here, two clients in this process.
describe.runIf(!!process.env.TEST_DATABASE_URL)("two instances on one PostgreSQL", () => {
  let other: postgres.Sql;
  let otherDb: Db;
  beforeAll(async () => {
    const handle = await getDbHandle();
    if (handle.kind !== "postgres") throw new Error("expected PostgreSQL");
    other = postgres(handle.url, { max: 4, onnotice: () => {} });
    otherDb = drizzle(other, { schema }) as unknown as Db;
  });
  afterAll(async () => {
    await other.end();
  });

  it("a file written by one is read, streamed and deleted by the other", async () => {
    const first = databaseFileStore(getDb);
    const second = databaseFileStore(async () => otherDb);
    const bytes = new Uint8Array(randomBytes(CHUNK_BYTES + 1));
    await first.put("ij/shared", bytes, { contentType: "image/png" });
    expect(await second.stat("ij/shared")).toEqual({ key: "ij/shared", size: bytes.byteLength, contentType: "image/png" });
    expect(Buffer.from(await readAll((await second.stream("ij/shared"))!.body)).equals(bytes)).toBe(true);
    await second.delete("ij/shared");
    expect(await first.exists("ij/shared")).toBe(false);
  });

  it("puts of one key from both at once leave one whole file", async () => {
    const first = databaseFileStore(getDb);
    const second = databaseFileStore(async () => otherDb);
    const a = new Uint8Array(CHUNK_BYTES * 2).fill(0xaa);
    const b = new Uint8Array(CHUNK_BYTES * 2 + 5).fill(0xbb);
    await Promise.all([first.put("kl/race", inPieces(a, 50_000), { contentType: "a" }), second.put("kl/race", inPieces(b, 50_000), { contentType: "b" })]);
    const stored = (await first.get("kl/race"))!;
    expect([a, b].some((bytes) => Buffer.from(bytes).equals(Buffer.from(stored.bytes)))).toBe(true);
    expect(stored.contentType).toBe(stored.size === a.byteLength ? "a" : "b");
  });
});
