export type TFormDataResult = { ok: true; form: FormData } | { ok: false; reason: "too_large" | "malformed" };

/**
 * Parses a multipart body, refusing it once it exceeds maxBytes: first by
 * its declared Content-Length (nothing is read), then by counting while it
 * streams in, because a chunked body declares no length and would otherwise
 * be buffered whole into memory by formData().
 */
export async function readFormDataWithin(request: Request, maxBytes: number): Promise<TFormDataResult> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) return { ok: false, reason: "too_large" };
  if (!request.body) return { ok: false, reason: "malformed" };
  let received = 0;
  let exceeded = false;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > maxBytes) {
          exceeded = true;
          controller.error(new Error("body over the limit"));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  try {
    const form = await new Response(counted, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, reason: exceeded ? "too_large" : "malformed" };
  }
}
