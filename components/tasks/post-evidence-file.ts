// Sends one file to /api/uploads and reads the answer: the stored attachment,
// or why it was refused — the server's own message (problem details `detail`,
// already translated) when there is one, otherwise what the status or the
// broken connection says (a proxy's HTML 413 page has no detail).
export type TPostedFile = { ok: true; id: string; size: number } | { ok: false; message: string };

/** Words for refusals that carry no message of the server's own. */
export type TUploadFailureWords = {
  tooLarge: string;
  unsupported: string;
  signedOut: string;
  status: (status: number) => string;
  network: string;
};

function isStoredAttachment(value: unknown): value is { id: string; size: number } {
  const candidate = value as { id?: unknown; size?: unknown } | null;
  return typeof candidate?.id === "string" && typeof candidate.size === "number";
}

function problemDetail(value: unknown): string | null {
  const detail = (value as { detail?: unknown } | null)?.detail;
  return typeof detail === "string" && detail ? detail : null;
}

function statusWords(status: number, words: TUploadFailureWords): string {
  if (status === 413) return words.tooLarge;
  if (status === 415) return words.unsupported;
  if (status === 401) return words.signedOut;
  return words.status(status);
}

export async function postEvidenceFile(file: File, words: TUploadFailureWords): Promise<TPostedFile> {
  const body = new FormData();
  body.set("file", file);
  let response: Response;
  try {
    response = await fetch("/api/uploads", { method: "POST", body, credentials: "same-origin" });
  } catch {
    // offline, or the connection dropped mid-upload
    return { ok: false, message: words.network };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok && isStoredAttachment(json)) return { ok: true, id: json.id, size: json.size };
  return { ok: false, message: problemDetail(json) ?? statusWords(response.status, words) };
}
