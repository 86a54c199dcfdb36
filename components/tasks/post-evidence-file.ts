// Sends one file to /api/uploads and reads the answer: the stored attachment,
// or the server's own message (problem details `detail`, already translated).
export type TPostedFile = { ok: true; id: string; size: number } | { ok: false; message: string };

function isStoredAttachment(value: unknown): value is { id: string; size: number } {
  const candidate = value as { id?: unknown; size?: unknown } | null;
  return typeof candidate?.id === "string" && typeof candidate.size === "number";
}

function problemDetail(value: unknown): string | null {
  const detail = (value as { detail?: unknown } | null)?.detail;
  return typeof detail === "string" && detail ? detail : null;
}

export async function postEvidenceFile(file: File, fallbackMessage: string): Promise<TPostedFile> {
  const body = new FormData();
  body.set("file", file);
  try {
    const response = await fetch("/api/uploads", { method: "POST", body, credentials: "same-origin" });
    const json: unknown = await response.json().catch(() => null);
    if (response.ok && isStoredAttachment(json)) return { ok: true, id: json.id, size: json.size };
    return { ok: false, message: problemDetail(json) ?? fallbackMessage };
  } catch {
    // offline, or the connection dropped mid-upload
    return { ok: false, message: fallbackMessage };
  }
}
