import { getEnv } from "@/lib/env";
import { fileUploadRoute } from "@/lib/http/file-upload-route";
import { storeUpload } from "@/lib/services/attachments/store-upload";
import { megabytes } from "@/lib/services/attachments/upload-refusal";

/** POST multipart/form-data with one field `file` → 201 `{ id, name, size, mimeType }` (an unlinked attachment). */
export async function POST(request: Request): Promise<Response> {
  const maxBytes = getEnv().UPLOAD_MAX_BYTES;
  return fileUploadRoute({
    maxBytes,
    tooLarge: { key: "uploadTooLarge", params: { maxMb: megabytes(maxBytes) } },
    handle: async (actor, file) => {
      const stored = await storeUpload(actor, file);
      return Response.json(stored, { status: 201, headers: { "Cache-Control": "no-store" } });
    },
  })(request);
}
