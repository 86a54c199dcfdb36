import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import type { TActor } from "@/lib/domain/actor";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { problemResponse } from "@/lib/http/problem";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type TDownload = {
  body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>;
  fileName: string;
  contentType: string;
  size?: number;
  /** Extra headers (a stricter policy for user-supplied files). */
  headers?: Record<string, string>;
};

/**
 * The one shape of a file download: a signed-in actor (401 otherwise), the
 * handler's file sent as an attachment that is never cached or sniffed, and
 * any refusal as problem details in the reader's language.
 */
export function downloadRoute<TParams extends Record<string, string> = Record<string, never>>(
  handler: (call: { request: Request; actor: TActor; params: TParams }) => Promise<TDownload>,
) {
  return async (request: Request, context: { params: Promise<TParams> }): Promise<Response> => {
    const t = await getTranslations();
    const actor = await getActor();
    if (!actor) return problemResponse(new AppError("UNAUTHENTICATED", "unauthenticated"), t);
    try {
      const file = await handler({ request, actor, params: await context.params });
      return new Response(file.body, {
        headers: {
          "Content-Type": file.contentType,
          ...(file.size === undefined ? {} : { "Content-Length": String(file.size) }),
          "Content-Disposition": attachmentDisposition(file.fileName),
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
          ...file.headers,
        },
      });
    } catch (error) {
      return problemResponse(error, t);
    }
  };
}
