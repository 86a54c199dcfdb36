import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { getEnv } from "@/lib/env";
import { AppError, forbidden } from "@/lib/errors";
import { problemJson, problemOf, problemResponse } from "@/lib/http/problem";
import { readFormDataWithin } from "@/lib/http/read-form-data";
import { isCrossOriginRequest } from "@/lib/http/same-origin";
import { storeUpload } from "@/lib/services/attachments/store-upload";
import { megabytes } from "@/lib/services/attachments/upload-refusal";

// Room for the multipart boundaries and part headers around the file itself.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** POST multipart/form-data with one field `file` → 201 `{ id, name, size, mimeType }` (an unlinked attachment). */
export async function POST(request: Request): Promise<Response> {
  const t = await getTranslations();
  if (isCrossOriginRequest(request)) return problemResponse(forbidden(), t);
  const actor = await getActor();
  if (!actor) return problemResponse(new AppError("UNAUTHENTICATED", "unauthenticated"), t);

  const maxBytes = getEnv().UPLOAD_MAX_BYTES;
  const body = await readFormDataWithin(request, maxBytes + MULTIPART_OVERHEAD_BYTES);
  if (!body.ok && body.reason === "too_large") {
    return problemJson(problemOf("TOO_LARGE", 413, "uploadTooLarge", { t, params: { maxMb: megabytes(maxBytes) } }));
  }
  const files = body.ok ? body.form.getAll("file") : [];
  const [file] = files;
  if (files.length !== 1 || !(file instanceof File)) return problemJson(problemOf("BAD_REQUEST", 400, "uploadFileMissing", { t }));

  try {
    const stored = await storeUpload(actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json(stored, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return problemResponse(error, t);
  }
}
