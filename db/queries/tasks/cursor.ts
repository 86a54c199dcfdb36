import { z } from "zod";

// Opaque keyset cursors: the last row's sort key and id, base64url JSON.
const ZCursor = z.tuple([z.union([z.string(), z.number()]), z.string().uuid()]);
export type TCursor = z.infer<typeof ZCursor>;

export function encodeCursor(cursor: TCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** A malformed cursor is treated as "from the start" by callers that pass null; the API refuses it. */
export function decodeCursor(value: string | null | undefined): TCursor | null {
  if (!value) return null;
  try {
    const parsed = ZCursor.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
