import { sql } from "drizzle-orm";
import { bigint, customType, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** bytea as Uint8Array on both drivers (postgres.js hands back a Buffer, which is one). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});

// The PostgreSQL file store (lib/storage/database-file-store.ts,
// docs/decisions/019-shared-file-store.md): one row per stored file, named by
// its key ("ab/<sha-256>" for evidence), and its bytes in chunks of at most
// 256 KiB, so a download reads one chunk at a time. Replacing a key's content
// makes a new `id`: a reader that started on the old one never mixes the two.
export const storedFiles = pgTable("stored_files", {
  key: text("key").primaryKey(),
  id: uuid("id").notNull().unique().default(sql`gen_random_uuid()`),
  contentType: text("content_type").notNull(),
  size: bigint("size", { mode: "number" }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const storedFileChunks = pgTable(
  "stored_file_chunks",
  {
    fileId: uuid("file_id")
      .notNull()
      .references(() => storedFiles.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    data: bytea("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.fileId, t.seq] })],
);
