export type TJsonBodyResult = { ok: true; value: unknown } | { ok: false; reason: "too_large" | "empty" | "malformed" };

/**
 * Reads a JSON body of at most maxBytes. The declared Content-Length refuses
 * early, but the bytes are counted as they stream in too: a chunked body
 * declares no length and must not be buffered whole before it is refused.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<TJsonBodyResult> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) return { ok: false, reason: "too_large" };
  if (!request.body) return { ok: false, reason: "empty" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  if (text.trim() === "") return { ok: false, reason: "empty" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: "malformed" };
  }
}
