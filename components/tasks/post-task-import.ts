import type { TImportError } from "@/lib/services/tasks/import-issues";

// Sends a workbook to /api/tasks/import and reads the answer: the number of
// drafts created, or the server's own (translated) message and problem list.
export type TImportOutcome =
  | { kind: "created"; created: number }
  | { kind: "refused"; message: string; errors: TImportError[] }
  | { kind: "error"; message: string };

function isImportError(value: unknown): value is TImportError {
  const candidate = value as Partial<TImportError> | null;
  return typeof candidate?.message === "string" && typeof candidate.path === "string";
}

export async function postTaskImport(file: File, fallbackMessage: string): Promise<TImportOutcome> {
  const body = new FormData();
  body.set("file", file);
  try {
    const response = await fetch("/api/tasks/import", { method: "POST", body, credentials: "same-origin" });
    const json = (await response.json().catch(() => null)) as { created?: unknown; detail?: unknown; errors?: unknown } | null;
    if (response.ok && typeof json?.created === "number") return { kind: "created", created: json.created };
    const message = typeof json?.detail === "string" && json.detail ? json.detail : fallbackMessage;
    const errors = Array.isArray(json?.errors) ? json.errors.filter(isImportError) : [];
    return errors.length > 0 ? { kind: "refused", message, errors } : { kind: "error", message };
  } catch {
    // offline, or the connection dropped mid-upload
    return { kind: "error", message: fallbackMessage };
  }
}
