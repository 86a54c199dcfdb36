import { getTranslations } from "next-intl/server";
import { fileUploadRoute } from "@/lib/http/file-upload-route";
import { messageText } from "@/lib/messages";
import { INDICATOR_IMPORT_MAX_BYTES } from "@/lib/services/indicators/read-indicator-sheet";
import { previewIndicatorImport } from "@/lib/services/indicators/import-indicators";
import { ZId } from "@/lib/validation/common";

/**
 * POST multipart/form-data `file` (.xlsx) → 200 the preview: `{ ok: true, rows,
 * added, updated, unchanged, version }`, or `{ ok: false, issues }` with each
 * problem's row, column and message. Writes nothing; confirming is a server action.
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const id = ZId.safeParse((await context.params).id);
  const handler = fileUploadRoute({
    maxBytes: INDICATOR_IMPORT_MAX_BYTES,
    tooLarge: { key: "uploadTooLarge", params: { maxMb: INDICATOR_IMPORT_MAX_BYTES / 1024 / 1024 } },
    permission: "indicator:manage",
    handle: async (actor, file) => {
      const t = await getTranslations();
      if (!id.success) return Response.json({ ok: false, issues: [{ row: null, column: null, message: t("errors.notFound") }] }, { status: 404 });
      const preview = await previewIndicatorImport(actor, id.data, file);
      const body = preview.ok
        ? preview
        : { ok: false, issues: preview.issues.map((i) => ({ row: i.row, column: i.column, message: messageText(t, "", i.key, { params: i.params }) })) };
      return Response.json(body, { headers: { "Cache-Control": "no-store" } });
    },
  });
  return handler(request);
}
