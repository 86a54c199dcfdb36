import { IMPORT_MAX_BYTES } from "@/lib/domain/task-workbook/limits";
import { fileUploadRoute } from "@/lib/http/file-upload-route";
import { problemJson, problemOf } from "@/lib/http/problem";
import { megabytes } from "@/lib/services/attachments/upload-refusal";
import { translateImportIssues } from "@/lib/services/tasks/import-issues";
import { importTasks } from "@/lib/services/tasks/import-tasks";

/**
 * POST multipart/form-data with one field `file` (.xlsx) → 201 `{ created }`
 * when every row became a draft task; 422 problem details whose `errors`
 * list every problem as `{ path, row, column, message }` when none did.
 */
export const POST = fileUploadRoute({
  maxBytes: IMPORT_MAX_BYTES,
  tooLarge: { key: "uploadTooLarge", params: { maxMb: megabytes(IMPORT_MAX_BYTES) } },
  handle: async (actor, file, t) => {
    const result = await importTasks(actor, file);
    if (result.ok) return Response.json({ created: result.created }, { status: 201, headers: { "Cache-Control": "no-store" } });
    const errors = translateImportIssues(result.issues, t);
    return problemJson({ ...problemOf("VALIDATION", 422, "validationFailed", { t }), detail: t("taskImport.failed", { n: errors.length }), errors });
  },
});
