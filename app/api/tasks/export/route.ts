import { PassThrough, Readable } from "node:stream";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { problemResponse } from "@/lib/http/problem";
import { logger } from "@/lib/logger";
import { recordExport } from "@/lib/services/audit/record-export";
import { openTaskExport } from "@/lib/services/tasks/export-tasks";
import { parseTaskFilterParams } from "@/lib/validation/task-filter-params";
import { warningContext } from "@/lib/warning-context";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** GET with the task list's URL parameters → the 台账 of every task the list shows, as a streamed .xlsx. */
export async function GET(request: Request): Promise<Response> {
  const t = await getTranslations();
  const actor = await getActor();
  if (!actor) return problemResponse(new AppError("UNAUTHENTICATED", "unauthenticated"), t);
  const filter = parseTaskFilterParams(Object.fromEntries(new URL(request.url).searchParams));
  const context = warningContext();
  let exporter: Awaited<ReturnType<typeof openTaskExport>>;
  try {
    exporter = await openTaskExport(actor, filter, context);
    await recordExport(actor, "tasks", { filter });
  } catch (error) {
    return problemResponse(error, t);
  }
  const output = new PassThrough();
  // The workbook writer ends the output when it is complete. Headers are
  // sent by then: a failure midway can only cut the download short (and a
  // cancelled download stops the export at its next batch).
  exporter.writeTo(output).catch((error: unknown) => {
    if (!output.destroyed) logger.error({ err: error }, "task export failed");
    output.destroy(error instanceof Error ? error : new Error("task export failed"));
  });
  return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": XLSX,
      "Content-Disposition": attachmentDisposition(`任务台账-${context.today}.xlsx`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
