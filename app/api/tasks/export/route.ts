import { PassThrough, Readable } from "node:stream";
import { downloadRoute, XLSX } from "@/lib/http/download-route";
import { logger } from "@/lib/logger";
import { recordExport } from "@/lib/services/audit/record-export";
import { openTaskExport } from "@/lib/services/tasks/export-tasks";
import { parseTaskFilterParams } from "@/lib/validation/task-filter-params";
import { warningContext } from "@/lib/warning-context";

/** GET with the task list's URL parameters → the 台账 of every task the list shows, as a streamed .xlsx. */
export const GET = downloadRoute(async ({ request, actor }) => {
  const filter = parseTaskFilterParams(Object.fromEntries(new URL(request.url).searchParams));
  const context = warningContext();
  const exporter = await openTaskExport(actor, filter, context);
  await recordExport(actor, "tasks", { filter });
  const output = new PassThrough();
  // The workbook writer ends the output when it is complete. Headers are
  // sent by then: a failure midway can only cut the download short (and a
  // cancelled download stops the export at its next batch).
  exporter.writeTo(output).catch((error: unknown) => {
    if (!output.destroyed) logger.error({ err: error }, "task export failed");
    output.destroy(error instanceof Error ? error : new Error("task export failed"));
  });
  return { body: Readable.toWeb(output) as ReadableStream<Uint8Array>, fileName: `任务台账-${context.today}.xlsx`, contentType: XLSX };
});
