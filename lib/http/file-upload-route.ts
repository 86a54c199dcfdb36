import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import type { TActor } from "@/lib/domain/actor";
import { can, type TPermission } from "@/lib/domain/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { problemJson, problemOf, problemResponse, type TTranslator } from "@/lib/http/problem";
import { readFormDataWithin } from "@/lib/http/read-form-data";
import { isCrossOriginRequest } from "@/lib/http/same-origin";

// Room for the multipart boundaries and part headers around the file itself.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export type TUploadedFile = { name: string; bytes: Uint8Array };

/**
 * The shared door of every route that takes one file as multipart/form-data
 * field `file` from a signed-in browser: same-origin check, session, an
 * optional permission checked before the body is read (only who may use the
 * file spends our memory on it), the size limit enforced while the body
 * streams in (413), exactly one file (400), and any refusal as problem+json.
 */
export function fileUploadRoute(options: {
  maxBytes: number;
  tooLarge: { key: string; params: Record<string, string | number> };
  permission?: TPermission;
  handle: (actor: TActor, file: TUploadedFile, t: TTranslator) => Promise<Response>;
}) {
  return async function POST(request: Request): Promise<Response> {
    const t = await getTranslations();
    if (isCrossOriginRequest(request)) return problemResponse(new AppError("FORBIDDEN", "api.crossOrigin"), t);
    const actor = await getActor();
    if (!actor) return problemResponse(new AppError("UNAUTHENTICATED", "unauthenticated"), t);
    if (options.permission && !can(actor, options.permission)) return problemResponse(forbidden(), t);

    const body = await readFormDataWithin(request, options.maxBytes + MULTIPART_OVERHEAD_BYTES);
    if (!body.ok && body.reason === "too_large") {
      return problemJson(problemOf("TOO_LARGE", 413, options.tooLarge.key, { t, params: options.tooLarge.params }));
    }
    const files = body.ok ? body.form.getAll("file") : [];
    const [file] = files;
    if (files.length !== 1 || !(file instanceof File)) return problemJson(problemOf("BAD_REQUEST", 400, "uploadFileMissing", { t }));

    try {
      return await options.handle(actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, t);
    } catch (error) {
      return problemResponse(error, t);
    }
  };
}
