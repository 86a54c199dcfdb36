import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/domain/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { problemJson, problemOf, problemResponse } from "@/lib/http/problem";
import { readFormDataWithin } from "@/lib/http/read-form-data";
import { isCrossOriginRequest } from "@/lib/http/same-origin";
import { extractPlanText } from "@/lib/services/plans/extract-plan-text";
import { IMPORT_FILE_MAX_BYTES } from "@/lib/validation/imports";

// Room for the multipart boundaries and part headers around the file itself.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * POST multipart/form-data with one field `file` (.txt or .docx, at most
 * 10 MB) → 200 `{ text }`, the document's text for the import's parse step.
 * Nothing is stored.
 */
export async function POST(request: Request): Promise<Response> {
  const t = await getTranslations();
  if (isCrossOriginRequest(request)) return problemResponse(forbidden(), t);
  const actor = await getActor();
  if (!actor) return problemResponse(new AppError("UNAUTHENTICATED", "unauthenticated"), t);
  // Refused before the body is read: only who may import spends our memory on a 10 MB file.
  if (!can(actor, "plan:import")) return problemResponse(forbidden(), t);

  const body = await readFormDataWithin(request, IMPORT_FILE_MAX_BYTES + MULTIPART_OVERHEAD_BYTES);
  if (!body.ok && body.reason === "too_large") {
    return problemJson(problemOf("TOO_LARGE", 413, "importErrors.fileTooLarge", { t, params: { maxMb: IMPORT_FILE_MAX_BYTES / 1024 / 1024 } }));
  }
  const files = body.ok ? body.form.getAll("file") : [];
  const [file] = files;
  if (files.length !== 1 || !(file instanceof File)) return problemJson(problemOf("BAD_REQUEST", 400, "uploadFileMissing", { t }));

  try {
    const extracted = await extractPlanText(actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json(extracted, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return problemResponse(error, t);
  }
}
