/** What a form needs to know of its evidence files: the uploaded ids, and how many are not (yet). */
export type TEvidenceSummary = { ids: string[]; uploading: number; failed: number };

export const NO_EVIDENCE: TEvidenceSummary = { ids: [], uploading: 0, failed: 0 };

/**
 * Why the form may not be sent yet, or null: a report must not go out
 * without a file the user chose, silently (still uploading, or refused).
 */
export function evidenceBlocker(summary: TEvidenceSummary): "uploading" | "failed" | null {
  if (summary.uploading > 0) return "uploading";
  if (summary.failed > 0) return "failed";
  return null;
}
