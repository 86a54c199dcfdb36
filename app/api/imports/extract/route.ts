import { fileUploadRoute } from "@/lib/http/file-upload-route";
import { extractPlanText } from "@/lib/services/plans/extract-plan-text";
import { IMPORT_FILE_MAX_BYTES } from "@/lib/validation/imports";

/**
 * POST multipart/form-data with one field `file` (.txt or .docx, at most
 * 10 MB) → 200 `{ text }`, the document's text for the import's parse step.
 * Nothing is stored.
 */
export const POST = fileUploadRoute({
  maxBytes: IMPORT_FILE_MAX_BYTES,
  tooLarge: { key: "importErrors.fileTooLarge", params: { maxMb: IMPORT_FILE_MAX_BYTES / 1024 / 1024 } },
  permission: "plan:import",
  handle: async (actor, file) => Response.json(await extractPlanText(actor, file), { headers: { "Cache-Control": "no-store" } }),
});
