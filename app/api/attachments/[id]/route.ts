import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { problemResponse } from "@/lib/http/problem";
import { openAttachmentForActor } from "@/lib/services/attachments/open-attachment";

/** GET → the file as a download; 404 for anything the actor may not see. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const t = await getTranslations();
  const actor = await getActor();
  if (!actor) return problemResponse(new AppError("UNAUTHENTICATED", "unauthenticated"), t);
  try {
    const { attachment, filePath } = await openAttachmentForActor(actor, (await params).id);
    const body = Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>;
    return new Response(body, {
      headers: {
        "Content-Type": attachment.mimeType,
        "Content-Length": String(attachment.size),
        "Content-Disposition": attachmentDisposition(attachment.originalName),
        // The stored type is the one we sniffed; the browser must not guess
        // another, must not cache evidence, and must not run anything in it.
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cross-Origin-Resource-Policy": "same-origin",
      },
    });
  } catch (error) {
    return problemResponse(error, t);
  }
}
