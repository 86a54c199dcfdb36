import { downloadRoute } from "@/lib/http/download-route";
import { openAttachmentForActor } from "@/lib/services/attachments/open-attachment";

/** GET → the file as a download; 404 for anything the actor may not see. */
export const GET = downloadRoute<{ id: string }>(async ({ actor, params }) => {
  const { attachment, body } = await openAttachmentForActor(actor, params.id);
  return {
    body,
    fileName: attachment.originalName,
    contentType: attachment.mimeType,
    size: attachment.size,
    // The stored type is the one we sniffed; the browser must not guess
    // another, and must not run anything in it.
    headers: { "Content-Security-Policy": "default-src 'none'; sandbox", "Cross-Origin-Resource-Policy": "same-origin" },
  };
});
