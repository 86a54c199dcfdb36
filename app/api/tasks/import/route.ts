import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { IMPORT_MAX_BYTES } from "@/lib/domain/task-workbook/limits";
import { AppError, forbidden } from "@/lib/errors";
import { problemJson, problemOf, problemResponse } from "@/lib/http/problem";
import { readFormDataWithin } from "@/lib/http/read-form-data";
import { isCrossOriginRequest } from "@/lib/http/same-origin";
import { megabytes } from "@/lib/services/attachments/upload-refusal";
import { translateImportIssues } from "@/lib/services/tasks/import-issues";
import { importTasks } from "@/lib/services/tasks/import-tasks";

// Room for the multipart boundaries and part headers around the file itself.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * POST multipart/form-data with one field `file` (.xlsx) → 201 `{ created }`
 * when every row became a draft task; 422 problem details whose `errors`
 * list every problem as `{ path, row, column, message }` when none did.
 */
export async function POST(request: Request): Promise<Response> {
  const t = await getTranslations();
  if (isCrossOriginRequest(request)) return problemResponse(forbidden(), t);
  const actor = await getActor();
  if (!actor) return problemResponse(new AppError("UNAUTHENTICATED", "unauthenticated"), t);

  const body = await readFormDataWithin(request, IMPORT_MAX_BYTES + MULTIPART_OVERHEAD_BYTES);
  if (!body.ok && body.reason === "too_large") {
    return problemJson(problemOf("TOO_LARGE", 413, "uploadTooLarge", { t, params: { maxMb: megabytes(IMPORT_MAX_BYTES) } }));
  }
  const files = body.ok ? body.form.getAll("file") : [];
  const [file] = files;
  if (files.length !== 1 || !(file instanceof File)) return problemJson(problemOf("BAD_REQUEST", 400, "uploadFileMissing", { t }));

  try {
    const result = await importTasks(actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (result.ok) return Response.json({ created: result.created }, { status: 201, headers: { "Cache-Control": "no-store" } });
    const errors = translateImportIssues(result.issues, t);
    return problemJson({ ...problemOf("VALIDATION", 422, "validationFailed", { t }), detail: t("taskImport.failed", { n: errors.length }), errors });
  } catch (error) {
    return problemResponse(error, t);
  }
}
