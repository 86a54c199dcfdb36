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

/** How far the upload is (0–100), then null while the server checks and imports. */
export type TImportPhase = { uploaded: number } | { checking: true };

/**
 * XMLHttpRequest rather than fetch: only it reports upload progress, which
 * the form shows while a large workbook travels.
 */
export function postTaskImport(file: File, fallbackMessage: string, onPhase: (phase: TImportPhase) => void = () => {}): Promise<TImportOutcome> {
  const body = new FormData();
  body.set("file", file);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/tasks/import");
    request.withCredentials = true;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onPhase({ uploaded: Math.floor((event.loaded / event.total) * 100) });
    };
    request.upload.onload = () => onPhase({ checking: true });
    // offline, or the connection dropped mid-upload
    request.onerror = () => resolve({ kind: "error", message: fallbackMessage });
    request.onload = () => {
      const json = parseAnswer(request.responseText);
      if (request.status >= 200 && request.status < 300 && typeof json?.created === "number") {
        resolve({ kind: "created", created: json.created });
        return;
      }
      const message = typeof json?.detail === "string" && json.detail ? json.detail : fallbackMessage;
      const errors = Array.isArray(json?.errors) ? json.errors.filter(isImportError) : [];
      resolve(errors.length > 0 ? { kind: "refused", message, errors } : { kind: "error", message });
    };
    request.send(body);
  });
}

type TAnswer = { created?: unknown; detail?: unknown; errors?: unknown };

function parseAnswer(text: string): TAnswer | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? (value as TAnswer) : null;
  } catch {
    return null;
  }
}
